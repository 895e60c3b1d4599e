using QuantumML.Combinatorial.Formats;
using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Cli.Benchmarks;

/// <summary>Runs each solver on each G-set instance for the same wall-clock budget and reports cut, gap to the
/// best-known cut, times to 99.9% and 100% of it, and raw speed.</summary>
/// <param name="dataDir">The folder holding <c>NAME.txt</c> files.</param>
/// <param name="instances">Instance names (G14, …).</param>
/// <param name="solvers">Short solver names of <see cref="SolverCatalogue"/>.</param>
/// <param name="seconds">Budget per solver and instance.</param>
/// <param name="threads">Worker threads per solver.</param>
/// <param name="seed">The seed of every solve.</param>
/// <param name="log">Progress lines (stderr).</param>
internal sealed class GsetBenchmark(string dataDir, IReadOnlyList<string> instances, IReadOnlyList<string> solvers,
    double seconds, int threads, ulong seed, Action<string> log)
{
    /// <summary>The share of the best-known cut whose first time is reported beside the time to the best-known cut itself.</summary>
    public const double NearFraction = 0.999;

    public GsetBenchmarkReport Run(CancellationToken ct)
    {
        var rows = new List<GsetRow>();
        foreach (var instance in instances)
        {
            var problem = ProblemLoader.Load(Path.Combine(dataDir, instance + ".txt"));
            var graph = problem.Graph ?? throw new ProblemFormatException($"{instance}.txt is not a MaxCut graph");
            var bestKnown = GsetBestKnown.Of(instance);
            log($"{instance}: {graph.VertexCount} vertices, {graph.Edges.Count} edges, best-known cut {bestKnown?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}");
            foreach (var name in solvers)
            {
                var options = new SolverOptions
                {
                    Seed = seed,
                    Threads = threads,
                    TimeLimit = TimeSpan.FromSeconds(seconds),
                    TargetEnergy = bestKnown is { } b ? problem.EnergyOfValue(b) : null,
                };
                var result = SolverCatalogue.FromAlias(name)!.Value.Entry.Create!(new SolverBudget(Variant: SolverCatalogue.FromAlias(name)!.Value.Variant)).Solve(problem.Ising, options, ct).ForMaxCut(graph);
                ct.ThrowIfCancellationRequested();
                var row = Row(instance, graph, bestKnown, result);
                log(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"  {name,-7} cut {row.Cut} in {result.WallSeconds:0.0} s ({result.Reason})"));
                rows.Add(row);
            }
        }
        return new GsetBenchmarkReport(seconds, threads, seed, Environment.ProcessorCount, rows);
    }

    private static GsetRow Row(string instance, MaxCutGraph graph, double? bestKnown, SolverResult result)
    {
        var cut = result.Cut ?? 0;
        double? TimeTo(double fraction) => bestKnown is { } b ? result.SecondsToReach(-fraction * b) : null;
        return new GsetRow(
            instance,
            graph.VertexCount,
            graph.Edges.Count,
            bestKnown,
            result.Solver,
            cut,
            bestKnown is { } b ? 100 * (b - cut) / b : null,
            TimeTo(NearFraction),
            TimeTo(1),
            result.WorkPerSecondPerThread,
            result.WorkUnit == WorkUnit.SpinFlipAttempts ? "flips/s/thread" : "iter/s/thread",
            result.Work,
            result.Reads,
            result.TimeToSolution?.ToString(),
            result.EnergyLowerBound is { } lower ? -lower : null,
            result.WallSeconds,
            result.Reason.ToString());
    }
}
