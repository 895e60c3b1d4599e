using QuantumML.Combinatorial.Problems;
using QuantumML.Graphs;

namespace QuantumML.Experiments.Results;

/// <summary>What a graph method found: a community (or predicted class) per node.</summary>
/// <param name="Communities">Each node's community.</param>
/// <param name="LabelledNodes">The nodes whose labels the method was given (the GCN's training nodes), else empty.</param>
/// <param name="Graph">The graph, so that the report can draw it from results.json alone; first seed only.</param>
public sealed record CommunityRecord(int[] Communities, int[] LabelledNodes, GraphRecord? Graph);

/// <summary>A graph as stored in results: edges as three parallel arrays, and the known classes if any.</summary>
/// <param name="Nodes">The node count.</param>
/// <param name="Sources">One end of each edge.</param>
/// <param name="Targets">The other end.</param>
/// <param name="Weights">Its weight.</param>
/// <param name="Labels">Each node's known class, or null.</param>
/// <param name="LabelNames">The class names, or null.</param>
public sealed record GraphRecord(int Nodes, int[] Sources, int[] Targets, double[] Weights, int[]? Labels, string[]? LabelNames)
{
    /// <summary>The record of <paramref name="graph"/>.</summary>
    public static GraphRecord From(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new(graph.NodeCount, [.. graph.Edges.Select(e => e.U)], [.. graph.Edges.Select(e => e.V)], [.. graph.Edges.Select(e => e.Weight)], graph.Labels, graph.LabelNames);
    }

    /// <summary>The graph again.</summary>
    public Graph ToGraph() => Graph.Create(Nodes, Sources.Select((u, i) => new WeightedEdge(u, Targets[i], Weights[i])), Labels, LabelNames);
}
