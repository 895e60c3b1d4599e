using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Combinatorial.Solvers;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Optimization;
using QuantumML.Graphs;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Graph;

/// <summary>Reads a <c>"task": "graph"</c> spec.</summary>
public static class GraphSpecLoader
{
    /// <summary>The method types: spectral clustering, the GCN, and every solver of the optimization task.</summary>
    public static readonly string[] MethodTypes = ["spectral", "gcn", .. SolverCatalogue.Catalogue.Names];

    /// <summary>Parses the spec whose root is <paramref name="root"/>.</summary>
    public static GraphSpec Parse(SettingsReader root, bool checkFiles)
    {
        var name = TaskSpecLoader.NameOf(root);
        var description = root.OptionalText("description") ?? "";
        var graphs = new List<GraphInstanceSpec>();
        foreach (var (node, path) in root.Array("graphs"))
        {
            foreach (var graph in ParseGraph(new SettingsReader(node, path, root.File), checkFiles))
            {
                if (graphs.Any(g => g.Name == graph.Name)) throw root.Error($"{path}: graph name '{graph.Name}' is used twice; give it a \"name\"");
                graphs.Add(graph);
            }
        }
        if (graphs.Count == 0) throw root.Error("$.graphs must list at least one graph");
        var seeds = SeedList.Read(root, [1, 2, 3]);
        CheckGeneratedEdges(root, graphs, seeds.Length);
        var methods = new List<GraphMethodSpec>();
        foreach (var (node, path) in root.Array("methods"))
        {
            var method = ParseMethod(new SettingsReader(node, path, root.File));
            if (methods.Any(m => m.Name == method.Name)) throw root.Error($"{path}.name '{method.Name}' is used twice; give each method a unique name");
            if (method.Type == "gcn" && graphs.FirstOrDefault(g => g.EdgesPath is not null && g.LabelsPath is null) is { } unlabelled)
                throw root.Error($"{path}: gcn learns from labelled nodes, but graph '{unlabelled.Name}' has no \"labels\" file");
            methods.Add(method);
        }
        if (methods.Count == 0) throw root.Error("$.methods must list at least one method");
        root.RejectUnknown("task");
        return new GraphSpec(name, description, graphs, seeds, methods, root.Raw);
    }

    /// <summary>Refuses block models whose draws would not fit in memory: each seed draws (and keeps) its own graph.</summary>
    private static void CheckGeneratedEdges(SettingsReader root, List<GraphInstanceSpec> graphs, int seeds)
    {
        double total = 0;
        foreach (var g in graphs.Where(g => g.BlockSizes is not null))
        {
            var sizes = g.BlockSizes!;
            double expected = 0;
            for (var a = 0; a < sizes.Length; a++)
            {
                expected += g.PIn * sizes[a] * (sizes[a] - 1.0) / 2;
                for (var b = a + 1; b < sizes.Length; b++) expected += g.POut * sizes[a] * (double)sizes[b];
            }
            if (expected > SpecLimits.MaxInstanceEdges)
                throw new SpecException(string.Create(CultureInfo.InvariantCulture, $"{g.SpecPath}: graph '{g.Name}' has about {expected:N0} edges; at most {SpecLimits.MaxInstanceEdges:N0} (lower p_in and p_out, or the mean degree)"));
            total += expected * seeds;
        }
        if (total > SpecLimits.MaxTotalEdges)
            throw root.Error(string.Create(CultureInfo.InvariantCulture, $"$.graphs: the block models draw about {total:N0} edges over {seeds} seeds (each seed draws its own graphs); at most {SpecLimits.MaxTotalEdges:N0} (fewer seeds, smaller or sparser graphs)"));
    }

    private static List<GraphInstanceSpec> ParseGraph(SettingsReader g, bool checkFiles)
    {
        var where = $"{g.File}: {g.Path}";
        if (g.Has("edges"))
        {
            if (g.Has("generate")) throw g.Error($"{g.Path}: give either edges or generate, not both");
            var edges = g.FilePath("edges", checkFiles);
            var labels = g.Has("labels") ? g.FilePath("labels", checkFiles) : null;
            var name = g.OptionalText("name") ?? Path.GetFileNameWithoutExtension(edges).Replace("_edges", "", StringComparison.Ordinal);
            g.RejectUnknown();
            return [new GraphInstanceSpec(name, edges, labels, null, 0, 0, null, null, 0, where)];
        }
        g.Choice("generate", "", "sbm");
        var sizes = g.Integers("sizes") ?? throw g.Error($"{g.Path}.sizes is required: the nodes of each block, e.g. [20, 20]");
        if (sizes.Length == 0 || sizes.Any(s => s < 1 || s > SpecLimits.MaxGraphNodes)) throw g.Error($"{g.Path}.sizes must list blocks of 1 to {SpecLimits.MaxGraphNodes} nodes");
        if (sizes.Sum(s => (long)s) > SpecLimits.MaxGraphNodes)
            throw g.Error($"{g.Path}.sizes adds up to {sizes.Sum(s => (long)s)} nodes; at most {SpecLimits.MaxGraphNodes} (spectral clustering and modularity keep dense n × n matrices)");
        var seed = g.Whole("seed", 1, 0);
        var stem = g.OptionalText("name");
        var list = new List<GraphInstanceSpec>();
        if (g.Has("mean_degree") || g.Has("ratio"))
        {
            if (g.Has("p_in") || g.Has("p_out")) throw g.Error($"{g.Path}: give either p_in and p_out, or mean_degree and ratio");
            var degree = g.Has("mean_degree") ? g.Number("mean_degree", 0, 1e-3, 1e4) : throw g.Error($"{g.Path}.mean_degree is required with ratio");
            var ratios = g.Raw["ratio"] is JsonArray ? g.Numbers("ratio")! : [g.Number("ratio", 0, 1, 1e6)];
            if (ratios.Length == 0 || ratios.Any(r => !(r >= 1))) throw g.Error($"{g.Path}.ratio must be p_in/p_out values ≥ 1");
            if (stem is not null && ratios.Length > 1) throw g.Error($"{g.Path}.name names one graph; this entry makes {ratios.Length} (drop the name: each gets one from its ratio)");
            foreach (var ratio in ratios)
            {
                (double PIn, double POut) p;
                try
                {
                    p = StochasticBlockModel.ProbabilitiesFor(sizes, degree, ratio);
                }
                catch (ArgumentException e)
                {
                    throw g.Error($"{g.Path}: {e.Message}");
                }
                var name = stem ?? string.Create(CultureInfo.InvariantCulture, $"sbm-r{ratio:0.##}");
                list.Add(new GraphInstanceSpec(name, null, null, sizes, p.PIn, p.POut, ratio, degree, seed, where));
            }
        }
        else
        {
            var pIn = g.Has("p_in") ? g.Number("p_in", 0, 0, 1) : throw g.Error($"{g.Path}: give p_in and p_out, or mean_degree and ratio");
            var pOut = g.Has("p_out") ? g.Number("p_out", 0, 0, 1) : throw g.Error($"{g.Path}.p_out is required with p_in");
            var name = stem ?? string.Create(CultureInfo.InvariantCulture, $"sbm-{pIn:0.###}-{pOut:0.###}");
            list.Add(new GraphInstanceSpec(name, null, null, sizes, pIn, pOut, null, null, seed, where));
        }
        g.RejectUnknown();
        return list;
    }

    private static GraphMethodSpec ParseMethod(SettingsReader m)
    {
        var type = m.Choice("type", "", MethodTypes);
        var where = $"{m.File}: {m.Path}";
        GraphMethodSpec method;
        switch (type)
        {
            case "spectral":
                method = new GraphMethodSpec(m.OptionalText("name") ?? type, type, where)
                {
                    Communities = m.Has("communities") ? m.Whole("communities", 2, 1, 1000) : null,
                    Restarts = m.Whole("restarts", 10, 1, 1000),
                };
                break;
            case "gcn":
                var options = new GcnOptions(
                    m.Whole("hidden", 16, 1, 4096),
                    m.Whole("epochs", 200, 1, 100_000),
                    m.Number("learning_rate", 0.01, 1e-9, 10),
                    m.Number("dropout", 0.5, 0, 0.99),
                    m.Number("weight_decay", 5e-4, 0, 10));
                if (m.Has("labelled_nodes") && m.Has("labelled_per_class")) throw m.Error($"{m.Path}: give either labelled_nodes or labelled_per_class");
                var fixedNodes = m.Integers("labelled_nodes");
                if (fixedNodes is { Length: 0 } || fixedNodes?.Any(n => n < 0) == true) throw m.Error($"{m.Path}.labelled_nodes must list node ids ≥ 0");
                if (fixedNodes is not null && fixedNodes.Distinct().Count() != fixedNodes.Length) throw m.Error($"{m.Path}.labelled_nodes lists a node twice");
                method = new GraphMethodSpec(m.OptionalText("name") ?? type, type, where)
                {
                    Gcn = options,
                    LabelledNodes = fixedNodes,
                    LabelledPerClass = m.Whole("labelled_per_class", 1, 1, 1000),
                };
                break;
            default:
                var solver = OptimizationSpecLoader.ReadSolver(m, SolverCatalogue.Catalogue[type]);
                var objective = m.Choice("objective", "modularity", "modularity", "balanced-min-cut");
                double? penalty = m.Has("penalty") ? m.Number("penalty", 0, 0, 1e9) : null;
                if (penalty is not null && objective != "balanced-min-cut") throw m.Error($"{m.Path}.penalty applies to \"objective\": \"balanced-min-cut\" only");
                method = new GraphMethodSpec(solver.Name, type, where)
                {
                    Solver = solver,
                    Objective = objective,
                    Penalty = penalty,
                    CoarsenTo = m.Has("coarsen_to") ? m.Whole("coarsen_to", 16, 2, 100_000) : null,
                };
                break;
        }
        m.RejectUnknown();
        return method;
    }
}
