using MathNet.Numerics.LinearAlgebra;

namespace QuantumML.Graphs;

/// <summary>Spectral clustering of a graph's nodes after Ng, Jordan and Weiss: the k eigenvectors of the normalized
/// Laplacian with the smallest eigenvalues as columns, each row scaled to unit length, then k-means++ on the rows.</summary>
/// <remarks>A. Y. Ng, M. I. Jordan, Y. Weiss, "On Spectral Clustering: Analysis and an algorithm", NIPS 2001. Their
/// k largest eigenvectors of D^{-1/2} A D^{-1/2} are these, since L = I − D^{-1/2} A D^{-1/2}.</remarks>
public static class SpectralClustering
{
    /// <summary>Clusters <paramref name="graph"/> into <paramref name="k"/> communities.</summary>
    /// <param name="graph">The graph (dense eigendecomposition: up to a few thousand nodes).</param>
    /// <param name="k">Communities; range [1, n].</param>
    /// <param name="random">Seeds k-means++.</param>
    /// <param name="restarts">k-means++ restarts.</param>
    public static SpectralClusteringResult Cluster(Graph graph, int k, Random random, int restarts = 10)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, graph.NodeCount);
        var (values, vectors) = Spectrum(graph);
        var rows = new double[graph.NodeCount][];
        for (var i = 0; i < graph.NodeCount; i++)
        {
            var row = Enumerable.Range(0, k).Select(c => vectors[i, c]).ToArray();
            var norm = Math.Sqrt(row.Sum(x => x * x));
            rows[i] = norm > 1e-12 ? row.Select(x => x / norm).ToArray() : row;
        }
        var (assignments, _) = KMeans.Cluster(rows, k, random, restarts);
        return new SpectralClusteringResult(assignments, values, k < values.Length ? values[k] - values[k - 1] : double.NaN);
    }

    /// <summary>The normalized Laplacian's eigenvalues in ascending order, and its eigenvectors as columns in the same order.</summary>
    public static (double[] Values, Matrix<double> Vectors) Spectrum(Graph graph)
    {
        var evd = GraphMatrices.NormalizedLaplacian(graph).Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, graph.NodeCount).OrderBy(i => evd.EigenValues[i].Real).ToArray();
        var values = order.Select(i => evd.EigenValues[i].Real).ToArray();
        var vectors = Matrix<double>.Build.Dense(graph.NodeCount, graph.NodeCount, (r, c) => evd.EigenVectors[r, order[c]]);
        return (values, vectors);
    }
}

/// <summary>The outcome of spectral clustering.</summary>
/// <param name="Assignments">Each node's community, numbered in order of first appearance.</param>
/// <param name="Eigenvalues">Every eigenvalue of the normalized Laplacian, ascending.</param>
/// <param name="EigenGap">λ_k − λ_{k−1} (0-based): large when the graph has k well-separated communities; NaN when k = n.</param>
public sealed record SpectralClusteringResult(int[] Assignments, double[] Eigenvalues, double EigenGap);
