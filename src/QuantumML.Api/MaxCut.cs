using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Api;

/// <summary>A cut one solver found.</summary>
/// <param name="Solver">The solver's catalogue name.</param>
/// <param name="Cut">The cut's weight.</param>
/// <param name="Spins">The side of each vertex (±1).</param>
/// <param name="Seconds">Wall-clock time of the solve.</param>
public sealed record MaxCutSolution(string Solver, double Cut, IReadOnlyList<sbyte> Spins, double Seconds);

/// <summary>MaxCut graphs and the classical solvers of the solver catalogue (as <c>optimization</c> specs name them).</summary>
public static class MaxCut
{
    /// <summary>The classical solvers' names (qaoa runs in Q# through a spec).</summary>
    public static IReadOnlyList<string> Solvers => [.. SolverCatalogue.Catalogue.Entries.Where(e => !e.IsQuantum).Select(e => e.Name)];

    /// <summary>A uniformly random <paramref name="degree"/>-regular graph with unit weights.</summary>
    public static MaxCutGraph RandomRegular(int vertices, int degree, int seed = 1) => GraphGenerators.RandomRegular(vertices, degree, (ulong)seed);

    /// <summary>The largest cut <paramref name="solver"/> finds in its budget: <paramref name="sweeps"/> per read (its own
    /// default when null), within <paramref name="seconds"/> when given.</summary>
    public static MaxCutSolution Solve(MaxCutGraph graph, string solver, int? sweeps = null, double? seconds = null, int seed = 1, int threads = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var entry = SolverCatalogue.Catalogue[solver];
        var create = entry.Create ?? throw new ArgumentException($"{solver} runs Q#: run it through an optimization spec (qml run).", nameof(solver));
        var options = new SolverOptions { Seed = (ulong)seed, Threads = threads, TimeLimit = seconds is { } s ? TimeSpan.FromSeconds(s) : null };
        var result = create(new SolverBudget(sweeps)).Solve(graph.ToIsing(), options, cancellationToken);
        return new MaxCutSolution(entry.Name, graph.Cut(result.Spins), result.Spins, result.WallSeconds);
    }
}
