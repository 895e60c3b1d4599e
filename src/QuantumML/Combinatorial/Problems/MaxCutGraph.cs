namespace QuantumML.Combinatorial.Problems;

/// <summary>A weighted undirected graph whose cut is to be maximized: cut(s) = Σ_{edges uv} w_uv (1 - s_u s_v) / 2,
/// the weight of the edges whose ends take different sides (spins).</summary>
public sealed class MaxCutGraph
{
    private readonly WeightedEdge[] _edges;

    private MaxCutGraph(int vertexCount, WeightedEdge[] edges)
    {
        VertexCount = vertexCount;
        _edges = edges;
        TotalWeight = edges.Sum(e => e.Weight);
    }

    /// <summary>The number of vertices.</summary>
    public int VertexCount { get; }

    /// <summary>The edges as given (parallel edges count separately).</summary>
    public IReadOnlyList<WeightedEdge> Edges => _edges;

    /// <summary>The sum of all weights: the cut when every edge is cut.</summary>
    public double TotalWeight { get; }

    /// <summary>Builds a graph; self-loops are refused (they can never be cut).</summary>
    /// <param name="vertexCount">Range ≥ 1.</param>
    /// <param name="edges">Edges with ends in 0..vertexCount-1 and finite weights.</param>
    public static MaxCutGraph Create(int vertexCount, IEnumerable<WeightedEdge> edges)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vertexCount, 1);
        ArgumentNullException.ThrowIfNull(edges);
        var list = edges.ToArray();
        foreach (var e in list)
        {
            if ((uint)e.U >= (uint)vertexCount || (uint)e.V >= (uint)vertexCount)
                throw new ArgumentException($"edge ({e.U}, {e.V}) names a vertex outside 0..{vertexCount - 1}", nameof(edges));
            if (e.U == e.V) throw new ArgumentException($"edge ({e.U}, {e.V}) is a self-loop", nameof(edges));
            if (!double.IsFinite(e.Weight)) throw new ArgumentException($"edge ({e.U}, {e.V}) has weight {e.Weight}", nameof(edges));
        }
        return new MaxCutGraph(vertexCount, list);
    }

    /// <summary>The cut of the partition given by <paramref name="spins"/> (+1 on one side, -1 on the other).</summary>
    public double Cut(ReadOnlySpan<sbyte> spins)
    {
        Spins.Check(spins, VertexCount);
        var cut = 0.0;
        foreach (var e in _edges)
        {
            if (spins[e.U] != spins[e.V]) cut += e.Weight;
        }
        return cut;
    }

    /// <summary>The cut of the partition given by <paramref name="bits"/>.</summary>
    public double Cut(ReadOnlySpan<bool> bits) => Cut(Spins.FromBits(bits));

    /// <summary>The Ising model with E(s) = -cut(s) for every s: J_uv = w_uv / 2 and offset -W/2.</summary>
    public IsingModel ToIsing() => IsingModel.Create(VertexCount,
        _edges.Select(e => new Coupling(e.U, e.V, e.Weight / 2)), offset: -TotalWeight / 2);

    /// <summary>The cut of an assignment whose Ising energy is <paramref name="energy"/> (cut = -E).</summary>
    public static double CutFromEnergy(double energy) => energy == 0 ? 0 : -energy;
}
