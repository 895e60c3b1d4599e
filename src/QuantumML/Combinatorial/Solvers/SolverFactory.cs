using QuantumML.Combinatorial.Baselines;
using QuantumML.Combinatorial.Exact;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>Creates solvers by name with their default settings.</summary>
public static class SolverFactory
{
    private static readonly Dictionary<string, (string Description, Func<ICombinatorialSolver> Create)> s_solvers = new(StringComparer.Ordinal)
    {
        ["sa"] = ("simulated annealing", () => new SimulatedAnnealing()),
        ["pt"] = ("parallel tempering (replica exchange)", () => new ParallelTempering()),
        ["pa"] = ("population annealing", () => new PopulationAnnealing()),
        ["tabu"] = ("tabu search, single flips", () => new TabuSearch()),
        ["sqa"] = ("simulated quantum annealing (path-integral Monte Carlo)", () => new SimulatedQuantumAnnealing()),
        ["bsb"] = ("ballistic simulated bifurcation", () => new SimulatedBifurcation()),
        ["dsb"] = ("discrete simulated bifurcation", () => new SimulatedBifurcation(new() { Variant = BifurcationVariant.Discrete })),
        ["greedy"] = ("greedy construction plus 1-flip local search", () => new GreedyLocalSearch()),
        ["gw"] = ("Goemans-Williamson: low-rank SDP relaxation and hyperplane rounding", () => new GoemansWilliamson()),
        ["exact"] = ("brute force over all 2^n assignments (n ≤ 34)", () => new ExactSolver()),
    };

    /// <summary>The names <see cref="Create"/> accepts, in a stable order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_solvers.Keys];

    /// <summary>A one-line description of solver <paramref name="name"/>.</summary>
    public static string Describe(string name) => Lookup(name).Description;

    /// <summary>The solver called <paramref name="name"/> with default settings.</summary>
    /// <exception cref="ArgumentException">An unknown name; the message lists the known ones.</exception>
    public static ICombinatorialSolver Create(string name) => Lookup(name).Create();

    private static (string Description, Func<ICombinatorialSolver> Create) Lookup(string name) =>
        s_solvers.TryGetValue(name ?? "", out var entry)
            ? entry
            : throw new ArgumentException($"unknown solver '{name}'; known: {string.Join(", ", Names)}", nameof(name));
}
