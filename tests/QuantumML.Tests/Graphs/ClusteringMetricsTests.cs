using QuantumML.Metrics;

namespace QuantumML.Tests.Graphs;

/// <summary>Adjusted Rand index, NMI and misassignment against values worked out by hand.</summary>
public sealed class ClusteringMetricsTests
{
    [Fact]
    public void IdenticalPartitionsScoreOneWhateverTheClusterNames()
    {
        int[] a = [0, 0, 1, 1, 2, 2];
        int[] b = [5, 5, 3, 3, 9, 9];
        Assert.Equal(1, ClusteringMetrics.AdjustedRandIndex(a, b), 12);
        Assert.Equal(1, ClusteringMetrics.NormalizedMutualInformation(a, b), 12);
        Assert.Equal(0, ClusteringMetrics.Misassigned(a, b));
    }

    [Fact]
    public void OneMovedItemOfSixMatchesTheHandComputedScores()
    {
        // Contingency of a = [0,0,0,1,1,1] and b = [0,0,1,1,1,1]: rows {0: (2, 1)}, {1: (0, 3)}; n = 6.
        int[] a = [0, 0, 0, 1, 1, 1];
        int[] b = [0, 0, 1, 1, 1, 1];
        // Σ C(n_ij, 2) = 1 + 0 + 3 = 4; Σ C(a_i, 2) = 3 + 3 = 6; Σ C(b_j, 2) = 1 + 6 = 7; C(6, 2) = 15.
        // Expected = 6·7/15 = 2.8, max = 6.5, ARI = (4 − 2.8) / (6.5 − 2.8) = 1.2 / 3.7.
        Assert.Equal(1.2 / 3.7, ClusteringMetrics.AdjustedRandIndex(a, b), 12);
        // H(a) = ln 2; H(b) = −(1/3 ln 1/3 + 2/3 ln 2/3); I = Σ p_ij ln(p_ij / p_i p_j) over (0,0): 2/6, (0,1): 1/6, (1,1): 3/6.
        var ha = Math.Log(2);
        var hb = -(1.0 / 3 * Math.Log(1.0 / 3) + 2.0 / 3 * Math.Log(2.0 / 3));
        var mutual = 2.0 / 6 * Math.Log(2.0 / 6 / (0.5 * (1.0 / 3))) + 1.0 / 6 * Math.Log(1.0 / 6 / (0.5 * (2.0 / 3))) + 3.0 / 6 * Math.Log(3.0 / 6 / (0.5 * (2.0 / 3)));
        Assert.Equal(mutual / ((ha + hb) / 2), ClusteringMetrics.NormalizedMutualInformation(a, b), 12);
        Assert.Equal(1, ClusteringMetrics.Misassigned(a, b));
    }

    [Fact]
    public void AnIndependentSplitScoresBelowZeroAndNmiZero()
    {
        // b splits each class of a exactly in half: it carries no information about a.
        int[] a = [0, 0, 1, 1];
        int[] b = [0, 1, 0, 1];
        // Σ C(n_ij, 2) = 0; rows 1 + 1 = 2; columns 2; C(4, 2) = 6: expected 2/3, max 2, ARI = (0 − 2/3)/(2 − 2/3) = −0.5.
        Assert.Equal(-0.5, ClusteringMetrics.AdjustedRandIndex(a, b), 12);
        Assert.Equal(0, ClusteringMetrics.NormalizedMutualInformation(a, b), 12);
        Assert.Equal(2, ClusteringMetrics.Misassigned(a, b));
    }

    [Fact]
    public void SingleClustersOnBothSidesAgreePerfectly()
    {
        Assert.Equal(1, ClusteringMetrics.AdjustedRandIndex([0, 0, 0], [1, 1, 1]));
        Assert.Equal(1, ClusteringMetrics.NormalizedMutualInformation([0, 0, 0], [1, 1, 1]));
    }
}
