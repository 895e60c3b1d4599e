using System.Text.Json.Nodes;
using QuantumML.Catalogues;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Optimization;
using QuantumML.Graphs;

namespace QuantumML.Experiments.Tasks.Graph;

/// <summary>A graph-learning experiment: graphs, community-detection and node-classification methods, and seeds.</summary>
/// <param name="Name">The experiment's name.</param>
/// <param name="Description">Free text for the report.</param>
/// <param name="Graphs">The graphs; every method runs on each.</param>
/// <param name="Seeds">One run of every job per seed; a seed fixes k-means++, the GCN's initial weights, dropout and labelled
/// nodes, the solvers' moves, QAOA's restarts and samples, and draws a generated graph anew.</param>
/// <param name="Methods">The methods.</param>
/// <param name="Source">The spec as written.</param>
public sealed record GraphSpec(string Name, string Description, IReadOnlyList<GraphInstanceSpec> Graphs, IReadOnlyList<int> Seeds, IReadOnlyList<GraphMethodSpec> Methods, JsonObject Source) : ITaskSpec
{
    /// <inheritdoc/>
    public string Task => GraphTask.TaskName;

    /// <summary>Every (graph, method) job of one seed, graphs outer.</summary>
    public IReadOnlyList<(GraphInstanceSpec Graph, GraphMethodSpec Method, string Job)> Jobs =>
        Graphs.SelectMany(g => Methods.Select(m => (g, m, $"{m.Name}@{g.Name}"))).ToList();

    /// <inheritdoc/>
    public IReadOnlyList<string> JobNames => Jobs.Select(j => j.Job).ToList();

    /// <inheritdoc/>
    public bool UsesQSharp => Methods.Any(m => m.Solver is { IsQuantum: true });

    /// <inheritdoc/>
    public string Summary => $"graph, {Graphs.Count} graph(s), {Methods.Count} method(s) x {Seeds.Count} seeds: {Description}";

    /// <inheritdoc/>
    public IEnumerable<(string Field, string Path)> DataFiles(string specFile)
    {
        foreach (var graph in Graphs)
        {
            if (graph.EdgesPath is { } edges) yield return ($"{graph.SpecPath}.edges", edges);
            if (graph.LabelsPath is { } labels) yield return ($"{graph.SpecPath}.labels", labels);
        }
    }
}

/// <summary>One graph: CSV files, or a stochastic block model drawn anew for every seed.</summary>
/// <param name="Name">Its name in job names and reports.</param>
/// <param name="EdgesPath">The edge list, or null for a generated graph.</param>
/// <param name="LabelsPath">The node labels, or null.</param>
/// <param name="BlockSizes">Nodes per block of a generated graph.</param>
/// <param name="PIn">Edge probability inside a block.</param>
/// <param name="POut">Edge probability between blocks.</param>
/// <param name="Ratio">p_in / p_out when the entry sweeps it at a fixed mean degree, else null.</param>
/// <param name="MeanDegree">The expected mean degree the probabilities were chosen for, else null.</param>
/// <param name="GraphSeed">Base seed of the generator (the run's seed is mixed in).</param>
/// <param name="SpecPath">"FILE: $.graphs[i]", for messages.</param>
public sealed record GraphInstanceSpec(string Name, string? EdgesPath, string? LabelsPath, int[]? BlockSizes, double PIn, double POut, double? Ratio, double? MeanDegree, int GraphSeed, string SpecPath)
{
    /// <summary>The node count of a generated graph (file graphs: known once loaded).</summary>
    public int? GeneratedNodes => BlockSizes?.Sum();
}

/// <summary>One method.</summary>
/// <param name="Name">Its name in the report.</param>
/// <param name="Type">spectral, gcn, or a solver type of the optimization task (qaoa included).</param>
/// <param name="SpecPath">"FILE: $.methods[i]", for messages.</param>
public sealed record GraphMethodSpec(string Name, string Type, string SpecPath)
{
    /// <summary>Spectral clustering: communities (null: the graph's class count, or 2).</summary>
    public int? Communities { get; init; }

    /// <summary>Spectral clustering: k-means++ restarts.</summary>
    public int Restarts { get; init; } = 10;

    /// <summary>GCN: sizes and training settings.</summary>
    public GcnOptions? Gcn { get; init; }

    /// <summary>GCN: the labelled nodes, fixed; or null to draw <see cref="LabelledPerClass"/> per class from each seed.</summary>
    public int[]? LabelledNodes { get; init; }

    /// <summary>GCN: labelled nodes drawn per class when <see cref="LabelledNodes"/> is null.</summary>
    public int LabelledPerClass { get; init; } = 1;

    /// <summary>Solvers: modularity or balanced-min-cut.</summary>
    public string Objective { get; init; } = "modularity";

    /// <summary>Solvers, balanced-min-cut: λ, or null for <see cref="CommunityQubo.DefaultPenalty"/>.</summary>
    public double? Penalty { get; init; }

    /// <summary>Solvers: coarsen the graph to at most this many super-nodes first, or null.</summary>
    public int? CoarsenTo { get; init; }

    /// <summary>Solvers: the solver and its budget.</summary>
    public SolverSpec? Solver { get; init; }
}
