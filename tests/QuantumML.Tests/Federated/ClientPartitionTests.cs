using QuantumML.Data;
using QuantumML.Federated;

namespace QuantumML.Tests.Federated;

public sealed class ClientPartitionTests
{
    private static int[] Labels() => SyntheticData.Blobs(300, 3, 2, 1.0, new Random(1)).Labels;

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.3)]
    [InlineData(10)]
    public void ADirichletSplitKeepsEverySampleExactlyOnce(double alpha)
    {
        var labels = Labels();
        var parts = ClientPartition.Dirichlet(labels, 3, 7, alpha, new Random(4));
        Assert.Equal(7, parts.Length);
        Assert.Equal(Enumerable.Range(0, labels.Length), parts.SelectMany(p => p).Order());
    }

    [Fact]
    public void AnIidSplitKeepsEverySampleOnceInEvenParts()
    {
        var parts = ClientPartition.Iid(301, 4, new Random(2));
        Assert.Equal(Enumerable.Range(0, 301), parts.SelectMany(p => p).Order());
        Assert.All(parts, p => Assert.InRange(p.Length, 75, 76));
    }

    [Fact]
    public void LabelSkewGrowsAsAlphaShrinks()
    {
        var labels = Labels();
        double MeanSkew(double alpha) => Enumerable.Range(0, 10)
            .Average(seed => ClientPartition.LabelSkew(labels, 3, ClientPartition.Dirichlet(labels, 3, 5, alpha, new Random(seed))));
        var skews = new[] { 100.0, 1.0, 0.3, 0.05 }.Select(MeanSkew).ToArray();
        Assert.True(skews.Zip(skews.Skip(1)).All(p => p.First < p.Second), $"skews {string.Join(", ", skews)}");
        Assert.True(skews[0] < 0.1, $"α = 100 should be close to IID, skew {skews[0]}");
        Assert.True(ClientPartition.LabelSkew(labels, 3, ClientPartition.Iid(labels.Length, 5, new Random(0))) < 0.1);
    }

    [Fact]
    public void TheSplitIsSeeded()
    {
        var labels = Labels();
        Assert.Equal(ClientPartition.Dirichlet(labels, 3, 4, 0.3, new Random(6)), ClientPartition.Dirichlet(labels, 3, 4, 0.3, new Random(6)));
        Assert.NotEqual(ClientPartition.Dirichlet(labels, 3, 4, 0.3, new Random(6)), ClientPartition.Dirichlet(labels, 3, 4, 0.3, new Random(7)));
    }
}
