using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Classification;

namespace QuantumML.Experiments.Tasks.Optimization;

/// <summary>Reads a <c>"task": "optimization"</c> spec.</summary>
public static class OptimizationSpecLoader
{
    /// <summary>The solver types.</summary>
    public static readonly string[] SolverTypes =
    [
        "simulated-annealing", "parallel-tempering", "population-annealing", "tabu", "simulated-quantum-annealing",
        "simulated-bifurcation", "greedy", "goemans-williamson", "brute-force", "qaoa",
    ];

    /// <summary>Parses the spec whose root is <paramref name="root"/>.</summary>
    public static OptimizationSpec Parse(SettingsReader root, bool checkFiles)
    {
        var name = ClassificationSpecLoader.NameOf(root);
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
            var solver = ReadSolver(s, s.Choice("type", "", SolverTypes));
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
    internal static SolverSpec ReadSolver(SettingsReader s, string type)
    {
        var name = s.OptionalText("name") ?? type;
        double? seconds = s.Has("seconds") ? s.Number("seconds", 1, 1e-3, 86_400) : null;
        int? sweeps = s.Has("sweeps") ? s.Whole("sweeps", 1000, 1, int.MaxValue) : null;
        var threads = s.Whole("threads", Environment.ProcessorCount, 1, 1024);
        var variant = type == "simulated-bifurcation" ? s.Choice("variant", "discrete", "ballistic", "discrete") : null;
        var qaoa = type == "qaoa"
            ? new QaoaSettings(s.Whole("layers", 1, 1, 20), s.Whole("iterations", 100, 1, 100_000), s.Whole("restarts", 0, 0, 100), s.Flag("interpolate", true)) { Engine = s.Choice("engine", "compiled", "compiled", "qdk") }
            : null;
        if (type == "qaoa" && (seconds is not null || sweeps is not null))
            throw s.Error($"{s.Path}: qaoa runs its optimizer to convergence; it takes layers, iterations, restarts and interpolate, not seconds or sweeps");
        if (type is "brute-force" or "greedy" or "goemans-williamson" && sweeps is not null)
            throw s.Error($"{s.Path}.sweeps does not apply to {type}");
        return new SolverSpec(name, type, seconds, sweeps, threads, variant, qaoa);
    }

    private static List<ProblemSpec> ParseProblem(SettingsReader p, bool checkFiles)
    {
        double? bestKnown = p.Has("best_known") ? p.Number("best_known", 0) : null;
        if (p.Has("path"))
        {
            if (p.Has("generate")) throw p.Error($"{p.Path}: give either path or generate, not both");
            var path = ClassificationSpecLoader.PathField(p, "path", checkFiles);
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
