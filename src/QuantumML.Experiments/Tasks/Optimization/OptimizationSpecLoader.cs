using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Combinatorial.Solvers;
using QuantumML.Experiments.Specs;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Optimization;

/// <summary>Reads a <c>"task": "optimization"</c> spec.</summary>
public static class OptimizationSpecLoader
{
    /// <summary>Parses the spec whose root is <paramref name="root"/>.</summary>
    public static OptimizationSpec Parse(SettingsReader root, bool checkFiles)
    {
        var name = TaskSpecLoader.NameOf(root);
        var description = root.OptionalText("description") ?? "";
        var problems = new List<ProblemSpec>();
        foreach (var (node, path) in root.Array("problems"))
        {
            foreach (var problem in ParseProblem(new SettingsReader(node, path, root.File), checkFiles))
            {
                if (problems.Any(p => p.Name == problem.Name)) throw root.Error($"{path}: problem name '{problem.Name}' is used twice; give it a \"name\"");
                problems.Add(problem);
            }
        }
        if (problems.Count == 0) throw root.Error("$.problems must list at least one instance");
        CheckGeneratedEdges(root, problems);
        var seeds = SeedList.Read(root, [1]);
        var solvers = new List<SolverSpec>();
        foreach (var (node, path) in root.Array("solvers"))
        {
            var s = new SettingsReader(node, path, root.File);
            var solver = ReadSolver(s, SolverCatalogue.Catalogue.Read(s, "type", ""));
            if (solvers.Any(o => o.Name == solver.Name)) throw s.Error($"{path}.name '{solver.Name}' is used twice; give each solver a unique name");
            s.RejectUnknown();
            solvers.Add(solver);
        }
        if (solvers.Count == 0) throw root.Error("$.solvers must list at least one solver");
        root.RejectUnknown("task");
        return new OptimizationSpec(name, description, problems, seeds, solvers, root.Raw);
    }

    /// <summary>The edges a generated instance has (expected, for Erdős–Rényi).</summary>
    internal static double GeneratedEdges(ProblemSpec p) => p.Generate switch
    {
        "regular" => (double)p.Nodes * p.Degree / 2,
        "erdos-renyi" => p.EdgeProbability * p.Nodes * (p.Nodes - 1.0) / 2,
        _ => 0,
    };

    /// <summary>Refuses generated instances that would not fit in memory: every instance is built before the first job.</summary>
    private static void CheckGeneratedEdges(SettingsReader root, List<ProblemSpec> problems)
    {
        foreach (var p in problems)
        {
            if (GeneratedEdges(p) > SpecLimits.MaxInstanceEdges)
                throw new SpecException(string.Create(CultureInfo.InvariantCulture, $"{p.SpecPath}: '{p.Name}' has about {GeneratedEdges(p):N0} edges; at most {SpecLimits.MaxInstanceEdges:N0} per instance (fewer nodes, a lower degree or p)"));
        }
        var total = problems.Sum(GeneratedEdges);
        if (total > SpecLimits.MaxTotalEdges)
            throw root.Error(string.Create(CultureInfo.InvariantCulture, $"$.problems: the generated instances have about {total:N0} edges together; at most {SpecLimits.MaxTotalEdges:N0} (fewer or smaller instances)"));
    }

    /// <summary>Reads the budget and settings of a solver entry of type <paramref name="type"/> (and its optional name);
    /// the caller checks for unknown fields, so that it can add its own.</summary>
    internal static SolverSpec ReadSolver(SettingsReader s, SolverEntry type)
    {
        var name = s.OptionalText("name") ?? type.Name;
        double? seconds = s.Has(SolverCatalogue.Seconds.Name) ? SolverCatalogue.Seconds.Read(s) : null;
        int? sweeps = s.Has(SolverCatalogue.Sweeps.Name) ? SolverCatalogue.Sweeps.Read(s) : null;
        var threads = SolverCatalogue.Threads.Read(s, Environment.ProcessorCount);
        var variant = type.Fields.Contains(SolverCatalogue.Variant) ? SolverCatalogue.Variant.Read(s) : null;
        var qaoa = type.IsQuantum
            ? new QaoaSettings(SolverCatalogue.Qaoa.Layers.Read(s), SolverCatalogue.Qaoa.Iterations.Read(s), SolverCatalogue.Qaoa.Restarts.Read(s), SolverCatalogue.Qaoa.Interpolate.Read(s))
            {
                Engine = SolverCatalogue.Qaoa.Engine.Read(s),
            }
            : null;
        if (type.IsQuantum && (seconds is not null || sweeps is not null))
            throw s.Error($"{s.Path}: {type.Name} runs its optimizer to convergence; it takes {string.Join(", ", type.Fields.Select(f => f.Name))}, not seconds or sweeps");
        if (!type.TakesSweeps && sweeps is not null)
            throw s.Error($"{s.Path}.sweeps does not apply to {type.Name}");
        return new SolverSpec(name, type.Name, seconds, sweeps, threads, variant, qaoa);
    }

    private static List<ProblemSpec> ParseProblem(SettingsReader p, bool checkFiles)
    {
        double? bestKnown = p.Has("best_known") ? p.Number("best_known", 0) : null;
        if (p.Has("path"))
        {
            if (p.Has("generate")) throw p.Error($"{p.Path}: give either path or generate, not both");
            var path = p.FilePath("path", checkFiles);
            var format = p.Choice("format", "auto", "auto", "gset", "edges", "json");
            var name = p.OptionalText("name") ?? System.IO.Path.GetFileNameWithoutExtension(path);
            p.RejectUnknown();
            return [new ProblemSpec(name, path, format, null, 0, 0, 0, 0, bestKnown, $"{p.File}: {p.Path}")];
        }
        var generate = p.Choice("generate", "", "regular", "erdos-renyi");
        var nodes = p.Raw["nodes"] is JsonArray ? p.Integers("nodes")! : [p.Whole("nodes", 10, 2, 100_000)];
        if (nodes.Length == 0 || nodes.Any(n => n < 2 || n > 100_000)) throw p.Error($"{p.Path}.nodes must be between 2 and 100000");
        var degree = generate == "regular" ? p.Whole("degree", 3, 1, 1000) : 0;
        var probability = generate == "erdos-renyi" ? p.Number("p", 0.5, 0, 1) : 0;
        var graphSeed = p.Whole("seed", 1);
        var count = p.Whole("count", 1, 1, 1000);
        var stem = p.OptionalText("name");
        if (stem is not null && (nodes.Length > 1 || count > 1))
            throw p.Error($"{p.Path}.name names one graph; this entry makes {nodes.Length * count} (drop the name: each gets one from its size and seed)");
        if (bestKnown is not null && (nodes.Length > 1 || count > 1))
            throw p.Error($"{p.Path}.best_known applies to one graph; this entry makes {nodes.Length * count}");
        var list = new List<ProblemSpec>();
        foreach (var n in nodes)
        {
            if (generate == "regular" && (degree >= n || n * degree % 2 != 0))
                throw p.Error($"{p.Path}: no {degree}-regular graph on {n} vertices (need degree < nodes and nodes × degree even)");
            for (var k = 0; k < count; k++)
            {
                var seed = graphSeed + k;
                var name = stem ?? (generate == "regular"
                    ? string.Create(CultureInfo.InvariantCulture, $"reg{degree}-n{n}-s{seed}")
                    : string.Create(CultureInfo.InvariantCulture, $"er{probability:0.##}-n{n}-s{seed}"));
                list.Add(new ProblemSpec(name, null, "generated", generate, n, degree, probability, seed, bestKnown, $"{p.File}: {p.Path}"));
            }
        }
        p.RejectUnknown();
        return list;
    }
}
