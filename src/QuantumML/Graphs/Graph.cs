using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using QuantumML.Combinatorial.Problems;

namespace QuantumML.Graphs;

/// <summary>An undirected graph with positive edge weights and, optionally, a known class (community, faction) per node.</summary>
/// <remarks>Parallel edges are merged (their weights add up); self-loops are refused, since none of the methods here
/// gives them a meaning the others share.</remarks>
public sealed class Graph
{
    private readonly WeightedEdge[] _edges;
    private readonly double[] _degrees;

    private Graph(int nodeCount, WeightedEdge[] edges, int[]? labels, string[]? labelNames)
    {
        NodeCount = nodeCount;
        _edges = edges;
        Labels = labels;
        LabelNames = labelNames;
        _degrees = new double[nodeCount];
        foreach (var e in edges)
        {
            _degrees[e.U] += e.Weight;
            _degrees[e.V] += e.Weight;
        }
        TotalWeight = edges.Sum(e => e.Weight);
    }

    /// <summary>The number of nodes n; nodes are 0..n-1.</summary>
    public int NodeCount { get; }

    /// <summary>The edges, one per connected pair, with U &lt; V, sorted.</summary>
    public IReadOnlyList<WeightedEdge> Edges => _edges;

    /// <summary>The weighted degree of every node.</summary>
    public IReadOnlyList<double> Degrees => _degrees;

    /// <summary>m, the sum of the edge weights (the edge count of an unweighted graph).</summary>
    public double TotalWeight { get; }

    /// <summary>The known class of every node (0-based), or null when the graph has none.</summary>
    public int[]? Labels { get; }

    /// <summary>The name of every class, indexed by label, or null.</summary>
    public string[]? LabelNames { get; }

    /// <summary>The number of classes, 0 without labels.</summary>
    public int ClassCount => LabelNames?.Length ?? 0;

    /// <summary>Builds a graph.</summary>
    /// <param name="nodeCount">n; range ≥ 1.</param>
    /// <param name="edges">Edges with ends in 0..n-1 and positive finite weights; either orientation; repeats add up.</param>
    /// <param name="labels">n class indices in 0..classes-1, or null.</param>
    /// <param name="labelNames">The class names, as many as the largest label + 1; default "0", "1", ….</param>
    public static Graph Create(int nodeCount, IEnumerable<WeightedEdge> edges, int[]? labels = null, string[]? labelNames = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeCount, 1);
        ArgumentNullException.ThrowIfNull(edges);
        var merged = new SortedDictionary<(int, int), double>();
        foreach (var e in edges)
        {
            if ((uint)e.U >= (uint)nodeCount || (uint)e.V >= (uint)nodeCount)
                throw new ArgumentException($"edge ({e.U}, {e.V}) names a node outside 0..{nodeCount - 1}", nameof(edges));
            if (e.U == e.V) throw new ArgumentException($"edge ({e.U}, {e.V}) is a self-loop", nameof(edges));
            if (!(double.IsFinite(e.Weight) && e.Weight > 0)) throw new ArgumentException($"edge ({e.U}, {e.V}) has weight {e.Weight}; weights must be positive", nameof(edges));
            var key = e.U < e.V ? (e.U, e.V) : (e.V, e.U);
            merged[key] = merged.GetValueOrDefault(key) + e.Weight;
        }
        if (labels is not null)
        {
            if (labels.Length != nodeCount) throw new ArgumentException($"expected {nodeCount} labels, got {labels.Length}", nameof(labels));
            if (labels.Any(l => l < 0)) throw new ArgumentException("labels must be non-negative", nameof(labels));
            var classes = labels.Max() + 1;
            labelNames ??= Enumerable.Range(0, classes).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            if (labelNames.Length < classes) throw new ArgumentException($"{classes} classes but {labelNames.Length} class names", nameof(labelNames));
        }
        else if (labelNames is not null)
        {
            throw new ArgumentException("class names without labels", nameof(labelNames));
        }
        return new Graph(nodeCount, [.. merged.Select(p => new WeightedEdge(p.Key.Item1, p.Key.Item2, p.Value))], labels?.ToArray(), labelNames?.ToArray());
    }

    /// <summary>The symmetric adjacency matrix A (A_uv = A_vu = w_uv), sparse.</summary>
    public Matrix<double> Adjacency()
    {
        var cells = _edges.SelectMany(e => new[] { (e.U, e.V, e.Weight), (e.V, e.U, e.Weight) });
        return SparseMatrix.OfIndexed(NodeCount, NodeCount, cells);
    }

    /// <summary>The neighbours of every node, each with the weight of the edge to it.</summary>
    public IReadOnlyList<(int Node, double Weight)>[] Neighbours()
    {
        var lists = Enumerable.Range(0, NodeCount).Select(_ => new List<(int, double)>()).ToArray();
        foreach (var e in _edges)
        {
            lists[e.U].Add((e.V, e.Weight));
            lists[e.V].Add((e.U, e.Weight));
        }
        return lists;
    }
}
