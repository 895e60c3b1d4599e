using QuantumML.Combinatorial.Problems;
using QuantumML.Graphs;
using QuantumML.Metrics;

namespace QuantumML.Tests.Graphs;

public sealed class SpectralClusteringTests
{
    private static IEnumerable<WeightedEdge> Clique(int first, int size) =>
        from u in Enumerable.Range(first, size) from v in Enumerable.Range(first, size) where u < v select new WeightedEdge(u, v, 1);

    [Fact]
    public void TwoDisconnectedCliquesAreSeparatedExactly()
    {
        // Nodes interleaved so that the answer is not just "first half, second half".
        var graph = Graph.Create(11, [.. Clique(0, 5), .. Clique(5, 6)]);
        var result = SpectralClustering.Cluster(graph, 2, new Random(4));
        Assert.Equal([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1], result.Assignments);
        // Two components: eigenvalue 0 twice; each clique K_s has its other eigenvalues at s/(s − 1).
        Assert.Equal(0, result.Eigenvalues[0], 10);
        Assert.Equal(0, result.Eigenvalues[1], 10);
        Assert.Equal(6.0 / 5, result.Eigenvalues[2], 10);
        Assert.Equal(6.0 / 5, result.EigenGap, 10);
        Assert.Equal(5.0 / 4, result.Eigenvalues[^1], 10);
    }

    [Fact]
    public void ThreeCliquesJoinedByOneEdgeEachAreFoundWithK3()
    {
        var graph = Graph.Create(12, [.. Clique(0, 4), .. Clique(4, 4), .. Clique(8, 4), new(3, 4, 1), new(7, 8, 1)]);
        var result = SpectralClustering.Cluster(graph, 3, new Random(1));
        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2], result.Assignments);
        Assert.True(result.EigenGap > 0.5, $"gap {result.EigenGap}");
    }

    [Fact]
    public void TheKarateClubFactionsAreRecoveredWithAriAtLeast07()
    {
        var graph = KarateClub.Graph;
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var result = SpectralClustering.Cluster(graph, 2, new Random(seed));
            var ari = ClusteringMetrics.AdjustedRandIndex(graph.Labels!, result.Assignments);
            Assert.True(ari >= 0.7, $"seed {seed}: ARI {ari}");
            Assert.True(ClusteringMetrics.Misassigned(graph.Labels!, result.Assignments) <= 2);
        }
    }

    [Fact]
    public void TheLaplacianSpectrumLiesInZeroToTwoAndSumsToTheNodeCount()
    {
        var (values, _) = SpectralClustering.Spectrum(KarateClub.Graph);
        Assert.All(values, v => Assert.InRange(v, -1e-10, 2 + 1e-10));
        Assert.Equal(0, values[0], 10); // connected: a single zero
        Assert.True(values[1] > 1e-3);
        Assert.Equal(34, values.Sum(), 8); // trace of L = number of non-isolated nodes
    }
}
