using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;

namespace QuantumML.Graphs;

/// <summary>The matrices spectral methods and graph convolutions are built on.</summary>
public static class GraphMatrices
{
    /// <summary>The symmetric normalized Laplacian L = I − D^{-1/2} A D^{-1/2} (dense), its eigenvalues in [0, 2].</summary>
    /// <remarks>An isolated node gets L_ii = 0 (F. Chung, "Spectral Graph Theory", 1997), so it adds an eigenvalue 0 of its own.</remarks>
    public static Matrix<double> NormalizedLaplacian(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var scale = graph.Degrees.Select(d => d > 0 ? 1 / Math.Sqrt(d) : 0).ToArray();
        var laplacian = DenseMatrix.Create(graph.NodeCount, graph.NodeCount, (i, j) => i == j && scale[i] > 0 ? 1 : 0);
        foreach (var e in graph.Edges)
        {
            var value = -e.Weight * scale[e.U] * scale[e.V];
            laplacian[e.U, e.V] = value;
            laplacian[e.V, e.U] = value;
        }
        return laplacian;
    }

    /// <summary>Kipf and Welling's renormalized adjacency Â = D̃^{-1/2} (A + I) D̃^{-1/2}, D̃ the degrees of A + I (sparse).</summary>
    /// <remarks>T. N. Kipf, M. Welling, "Semi-Supervised Classification with Graph Convolutional Networks", ICLR 2017, eq. (2).</remarks>
    public static Matrix<double> RenormalizedAdjacency(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var scale = graph.Degrees.Select(d => 1 / Math.Sqrt(d + 1)).ToArray();
        var cells = graph.Edges
            .SelectMany(e => new[] { (e.U, e.V, e.Weight * scale[e.U] * scale[e.V]), (e.V, e.U, e.Weight * scale[e.U] * scale[e.V]) })
            .Concat(Enumerable.Range(0, graph.NodeCount).Select(i => (i, i, scale[i] * scale[i])));
        return SparseMatrix.OfIndexed(graph.NodeCount, graph.NodeCount, cells);
    }
}
