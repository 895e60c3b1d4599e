using QuantumML.Statistics;

namespace QuantumML.Tests.Statistics;

public sealed class StatisticsTests
{
    [Fact]
    public void ConfidenceIntervalMatchesTheTextbook()
    {
        // 1..5: mean 3, s = √2.5, t(0.975, 4) = 2.776445 → 3 ± 1.963243.
        var s = SampleSummary.Of([1.0, 2, 3, 4, 5]);
        Assert.Equal(3, s.Mean, 12);
        Assert.Equal(Math.Sqrt(2.5), s.StandardDeviation, 12);
        Assert.Equal(3 - 1.963243, s.Lower, 5);
        Assert.Equal(3 + 1.963243, s.Upper, 5);
        Assert.Equal(0.7, SampleSummary.Of([0.7]).Upper);
    }

    [Fact]
    public void PairedTTestMatchesAKnownValue()
    {
        // Differences 1..5: t = 3/(√2.5/√5) = 4.242641, two-sided p = 0.013236 with 4 degrees of freedom.
        var r = HypothesisTests.PairedT([2.0, 4, 6, 8, 10], [1.0, 2, 3, 4, 5]);
        Assert.Equal(4.242641, r.Statistic, 5);
        Assert.Equal(0.013236, r.PValue, 5);
        Assert.Equal(1, HypothesisTests.PairedT([0.9, 0.8], [0.9, 0.8]).PValue);
    }

    [Fact]
    public void McNemarIsTheExactBinomialOnDiscordantPairs()
    {
        // 10 points only A got right, 2 only B: p = 2·P(X ≤ 2 | 12, ½) = 2·79/4096.
        var a = Enumerable.Repeat(true, 10).Concat(Enumerable.Repeat(false, 2)).Concat(Enumerable.Repeat(true, 5)).ToArray();
        var b = Enumerable.Repeat(false, 10).Concat(Enumerable.Repeat(true, 2)).Concat(Enumerable.Repeat(true, 5)).ToArray();
        var r = HypothesisTests.McNemar(a, b);
        Assert.Equal(2, r.Statistic);
        Assert.Equal(2 * 79 / 4096.0, r.PValue, 12);
        Assert.Equal(1, HypothesisTests.McNemar([true, false], [true, false]).PValue);
    }
}
