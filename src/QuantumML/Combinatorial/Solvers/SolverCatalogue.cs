using QuantumML.Catalogues;
using QuantumML.Combinatorial.Baselines;
using QuantumML.Combinatorial.Exact;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>What a spec sets of a solver beyond its time and threads.</summary>
/// <param name="Sweeps">The length of one read in the solver's own unit, or null for its default.</param>
/// <param name="Variant">The variant, for solvers that have one.</param>
public sealed record SolverBudget(int? Sweeps = null, string? Variant = null);

/// <summary>One solver of Ising, QUBO and MaxCut problems.</summary>
/// <param name="Name">The <c>"type"</c> specs give it.</param>
/// <param name="Doc">What it is.</param>
public sealed record SolverEntry(string Name, string Doc) : CatalogueEntry(Name, Doc)
{
    /// <summary>The solver for a budget, or null for QAOA, which the experiment runs in Q#.</summary>
    public Func<SolverBudget, ICombinatorialSolver>? Create { get; init; }

    /// <summary>Short names (<c>qml bench gset --solvers</c>) that differ from <see cref="CatalogueEntry.Name"/>, each with the
    /// variant it fixes (null when the solver has none).</summary>
    public IReadOnlyList<(string Alias, string? Variant)> Aliases { get; init; } = [];

    /// <summary>The short names, the entry's own name when it has none other.</summary>
    public IReadOnlyList<(string Alias, string? Variant)> ShortNames => Aliases.Count > 0 ? Aliases : [(Name, null)];

    /// <summary>Whether it searches every assignment (exact, and exponential in the variables).</summary>
    public bool Exhaustive { get; init; }

    /// <summary>Whether the solver runs Q# circuits.</summary>
    public bool IsQuantum => Create is null;

    /// <summary>Whether <c>sweeps</c> applies (heuristics with reads of a given length).</summary>
    public bool TakesSweeps => Fields.Any(f => f.Name == SolverCatalogue.Sweeps.Name);
}

/// <summary>The solvers specs name (<c>"type"</c> of optimization solvers and graph methods), each declared once.</summary>
public static class SolverCatalogue
{
    /// <summary>The wall-clock budget of a heuristic.</summary>
    public static NumberField Seconds { get; } = new("seconds", 1, 1e-3, 86_400, "wall-clock budget; the solver also stops once it reaches the reference") { DefaultNote = "none (its sweeps)" };

    /// <summary>The length of one read.</summary>
    public static WholeField Sweeps { get; } = new("sweeps", 1000, 1, int.MaxValue, "the length of one read in the solver's unit") { DefaultNote = "the solver's own" };

    /// <summary>Threads over independent reads or replicas.</summary>
    public static WholeField Threads { get; } = new("threads", 1, 1, 1024, "threads over independent reads or replicas") { DefaultNote = "the processor count" };

    /// <summary>The variant of simulated bifurcation.</summary>
    public static ChoiceField Variant { get; } = new("variant", "discrete", ["ballistic", "discrete"], "discrete (dSB) or ballistic (bSB) simulated bifurcation");

    private static readonly Field[] s_heuristic = [Seconds, Sweeps, Threads];
    private static readonly Field[] s_baseline = [Seconds, Threads];

    /// <summary>The qaoa entry's fields: depth, iterations, restarts, interpolation and engine.</summary>
    public static class Qaoa
    {
        /// <summary>The largest depth p.</summary>
        public static WholeField Layers { get; } = new("layers", 1, 1, 20, "the largest depth p");

        /// <summary>L-BFGS iterations per depth.</summary>
        public static WholeField Iterations { get; } = new("iterations", 100, 1, 100_000, "L-BFGS iterations per depth");

        /// <summary>Extra random starts per depth.</summary>
        public static WholeField Restarts { get; } = new("restarts", 0, 0, 100, "extra random starts per depth");

        /// <summary>Whether depths 1..p are optimized in turn.</summary>
        public static FlagField Interpolate { get; } = new("interpolate", true,
            "optimize depths 1..p in turn, each from the INTERP extension of the last, reporting every depth; false: p alone from a linear ramp");

        /// <summary>The engine of the circuits.</summary>
        public static ChoiceField Engine { get; } = Quantum.QuantumFields.Engine with { Doc = "compiled (adjoint gradients) or qdk (finite differences)" };
    }

    /// <summary>Every solver, heuristics first.</summary>
    public static Catalogue<SolverEntry> Catalogue { get; } = new("solvers", "solvers[].type (optimization), methods[].type (graph)",
    [
        new("simulated-annealing", "single-flip Metropolis annealing over a geometric temperature ramp; sweeps per read")
        {
            Create = b => b.Sweeps is { } n ? new SimulatedAnnealing(new SimulatedAnnealingOptions { Sweeps = n }) : new SimulatedAnnealing(),
            Aliases = [("sa", null)], Fields = s_heuristic,
        },
        new("parallel-tempering", "replica exchange between temperatures; sweeps per read")
        {
            Create = b => b.Sweeps is { } n ? new ParallelTempering(new ParallelTemperingOptions { Sweeps = n }) : new ParallelTempering(),
            Aliases = [("pt", null)], Fields = s_heuristic,
        },
        new("population-annealing", "a population of replicas annealed and resampled by Boltzmann weight; sweeps are annealing steps")
        {
            Create = b => b.Sweeps is { } n ? new PopulationAnnealing(new PopulationAnnealingOptions { Steps = n }) : new PopulationAnnealing(),
            Aliases = [("pa", null)], Fields = s_heuristic,
        },
        new("tabu", "single-flip tabu search; sweeps are moves per read")
        {
            Create = b => b.Sweeps is { } n ? new TabuSearch(new TabuSearchOptions { Moves = n }) : new TabuSearch(),
            Fields = s_heuristic,
        },
        new("simulated-quantum-annealing", "path-integral Monte Carlo of a transverse-field anneal; sweeps per read")
        {
            Create = b => b.Sweeps is { } n ? new SimulatedQuantumAnnealing(new SimulatedQuantumAnnealingOptions { Sweeps = n }) : new SimulatedQuantumAnnealing(),
            Aliases = [("sqa", null)], Fields = s_heuristic,
        },
        new("simulated-bifurcation", "Goto's simulated bifurcation, discrete or ballistic; sweeps are time steps")
        {
            Create = b => new SimulatedBifurcation(new SimulatedBifurcationOptions
            {
                Variant = b.Variant == "ballistic" ? BifurcationVariant.Ballistic : BifurcationVariant.Discrete,
                Steps = b.Sweeps ?? 2000,
            }),
            Aliases = [("dsb", "discrete"), ("bsb", "ballistic")], Fields = [.. s_heuristic, Variant],
        },
        new("greedy", "greedy construction and 1-flip local search (classical baseline)")
        {
            Create = _ => new GreedyLocalSearch(), Fields = s_baseline,
        },
        new("goemans-williamson", "low-rank SDP relaxation and hyperplane rounding (classical baseline); reports the SDP bound")
        {
            Create = _ => new GoemansWilliamson(), Aliases = [("gw", null)], Fields = s_baseline,
        },
        new("brute-force", "every assignment, exhaustively (at most 34 variables)")
        {
            Create = _ => new ExactSolver(), Aliases = [("exact", null)], Fields = s_baseline, Exhaustive = true,
        },
        new("qaoa", "QAOA in Q# on exact state vectors (at most 16 qubits): L-BFGS per depth, the best of 1000 samples")
        {
            Fields = [Qaoa.Layers, Qaoa.Iterations, Qaoa.Restarts, Qaoa.Interpolate, Qaoa.Engine],
        },
    ]);

    /// <summary>The short names of the classical solvers, in catalogue order.</summary>
    public static IReadOnlyList<string> Aliases { get; } = [.. Catalogue.Entries.Where(e => !e.IsQuantum).SelectMany(e => e.ShortNames.Select(a => a.Alias))];

    /// <summary>The entry and variant a short name stands for, or null.</summary>
    public static (SolverEntry Entry, string? Variant)? FromAlias(string alias) =>
        Catalogue.Entries.Where(e => !e.IsQuantum).SelectMany(e => e.ShortNames.Where(a => a.Alias == alias).Select(a => ((SolverEntry, string?)?)(e, a.Variant))).FirstOrDefault();

    /// <summary>The exhaustive solver, for exact references.</summary>
    public static ICombinatorialSolver Exhaustive() => Catalogue.Entries.First(e => e.Exhaustive).Create!(new SolverBudget());
}
