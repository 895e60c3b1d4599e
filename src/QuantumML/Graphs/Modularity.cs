using MathNet.Numerics.LinearAlgebra;

namespace QuantumML.Graphs;

/// <summary>Newman's modularity Q of a partition: the fraction of edge weight inside communities minus its expectation
/// when edges are rewired keeping every degree.</summary>
/// <remarks>M. E. J. Newman, "Modularity and community structure in networks", PNAS 103(23), 2006:
/// Q = (1/2m) Σ_ij (A_ij − k_i k_j / 2m) δ(c_i, c_j) = Σ_c [w_c / m − (d_c / 2m)²], w_c the weight inside c, d_c its degree sum.</remarks>
public static class Modularity
{
    /// <summary>Q of <paramref name="communities"/> (any integers naming the communities), in [−1/2, 1).</summary>
    public static double Of(Graph graph, int[] communities)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(communities);
        if (communities.Length != graph.NodeCount) throw new ArgumentException($"expected {graph.NodeCount} communities, got {communities.Length}", nameof(communities));
        var m = graph.TotalWeight;
        if (m == 0) return 0;
        var inside = new Dictionary<int, double>();
        var degree = new Dictionary<int, double>();
        foreach (var e in graph.Edges)
            if (communities[e.U] == communities[e.V]) inside[communities[e.U]] = inside.GetValueOrDefault(communities[e.U]) + e.Weight;
        for (var i = 0; i < graph.NodeCount; i++) degree[communities[i]] = degree.GetValueOrDefault(communities[i]) + graph.Degrees[i];
        return degree.Keys.Sum(c => inside.GetValueOrDefault(c) / m - Math.Pow(degree[c] / (2 * m), 2));
    }

    /// <summary>The modularity matrix B_ij = A_ij − k_i k_j / 2m (dense); Q = (1/2m) Σ_ij B_ij δ(c_i, c_j).</summary>
    public static Matrix<double> Matrix(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var k = graph.Degrees;
        var twoM = 2 * graph.TotalWeight;
        var b = Matrix<double>.Build.Dense(graph.NodeCount, graph.NodeCount, (i, j) => -k[i] * k[j] / twoM);
        foreach (var e in graph.Edges)
        {
            b[e.U, e.V] += e.Weight;
            b[e.V, e.U] += e.Weight;
        }
        return b;
    }
}
