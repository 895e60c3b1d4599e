using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Experiments.Tasks.Optimization;

/// <summary><c>qml bench gset</c> as an optimization spec: G-set MaxCut instances with their best-known cuts, and solvers
/// named by their short names, each given the same wall-clock budget; it runs as <c>experiments/maxcut-gset.json</c> does.</summary>
public static class GsetPreset
{
    /// <summary>Where the instances are, relative to the repository root.</summary>
    public const string DataFolder = "experiments/data/gset";

    /// <summary>The name of the preset's spec (and of its results folder).</summary>
    public const string Name = "gset-bench";

    // Benlic and Hao, "Breakout Local Search for the Max-Cut problem" (2013), as experiments/data/gset/README.md lists them.
    private static readonly Dictionary<string, double> s_bestKnown = new(StringComparer.OrdinalIgnoreCase)
    {
        ["G1"] = 11624, ["G2"] = 11620, ["G3"] = 11622, ["G11"] = 564, ["G14"] = 3064, ["G15"] = 3050,
        ["G22"] = 13359, ["G43"] = 6660, ["G49"] = 6000, ["G50"] = 5880, ["G55"] = 10294, ["G70"] = 9541,
    };

    /// <summary>The best-known cut of <paramref name="instance"/>, or null if not listed.</summary>
    public static double? BestKnown(string instance) => s_bestKnown.TryGetValue(instance, out var cut) ? cut : null;

    /// <summary>The spec: each instance <c>NAME.txt</c> of the data folder (the spec's own folder), with its best-known cut;
    /// each solver by its short name (<see cref="SolverCatalogue.Aliases"/>) with the budget; one seed.</summary>
    public static JsonObject Spec(IReadOnlyList<string> instances, IReadOnlyList<string> solvers, double seconds, int threads, int seed)
    {
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentNullException.ThrowIfNull(solvers);
        var problems = new JsonArray();
        foreach (var instance in instances)
        {
            var problem = new JsonObject { ["path"] = instance + ".txt", ["name"] = instance };
            if (BestKnown(instance) is { } best) problem["best_known"] = best;
            problems.Add(problem);
        }
        var entries = new JsonArray();
        foreach (var alias in solvers)
        {
            var (entry, variant) = SolverCatalogue.FromAlias(alias) ?? throw new ArgumentException($"unknown solver '{alias}'", nameof(solvers));
            var solver = new JsonObject { ["name"] = alias, ["type"] = entry.Name };
            if (variant is not null) solver[SolverCatalogue.Variant.Name] = variant;
            solver[SolverCatalogue.Seconds.Name] = seconds;
            solver[SolverCatalogue.Threads.Name] = threads;
            entries.Add(solver);
        }
        return new JsonObject
        {
            ["name"] = Name,
            ["task"] = OptimizationTask.TaskName,
            ["description"] = string.Create(CultureInfo.InvariantCulture, $"qml bench gset: MaxCut on G-set graphs, every solver given {seconds} s on {threads} thread(s)."),
            ["problems"] = problems,
            ["seeds"] = new JsonArray(seed),
            ["solvers"] = entries,
        };
    }
}
