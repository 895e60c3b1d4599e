using CsCheck;
using MathNet.Numerics.Distributions;
using QuantumML.Statistics;

namespace QuantumML.Tests.Statistics;

/// <summary>Intervals of a bounded quantity against their defining equations and closed forms, and within [0, 1] for any input.</summary>
public sealed class BoundedIntervalTests
{
    private static readonly double Z95 = Normal.InvCDF(0, 1, 0.975);

    [Fact]
    public void WilsonEndsAreTheRootsOfTheScoreTestQuadratic()
    {
        // The Wilson ends are the p with (p̂ − p)² = z²·p(1 − p)/n; plugging them back in leaves no residual.
        foreach (var (k, n) in new[] { (7, 20), (81, 263), (1, 3), (449, 450) })
        {
            var w = ProportionIntervals.Wilson(k, n);
            var phat = (double)k / n;
            foreach (var p in new[] { w.Lower, w.Upper })
                Assert.Equal(0, Math.Pow(phat - p, 2) - Z95 * Z95 * p * (1 - p) / n, 12);
            Assert.True(w.Lower < phat && phat < w.Upper);
        }
    }

    [Fact]
    public void WilsonAtZeroAndAllSuccessesHasTheClosedForm()
    {
        // At k = 0 the upper end is z²/(n + z²); at k = n the lower end is n/(n + z²).
        var none = ProportionIntervals.Wilson(0, 10);
        Assert.Equal(0, none.Lower);
        Assert.Equal(Z95 * Z95 / (10 + Z95 * Z95), none.Upper, 12);
        var all = ProportionIntervals.Wilson(10, 10);
        Assert.Equal(1, all.Upper);
        Assert.Equal(10 / (10 + Z95 * Z95), all.Lower, 12);
    }

    [Fact]
    public void ClopperPearsonEndsLeaveHalfTheErrorInEachBinomialTail()
    {
        // Upper: P(X ≤ k | n, p_U) = α/2; lower: P(X ≥ k | n, p_L) = α/2 (MathNet's binomial, not its Beta quantile).
        foreach (var (k, n) in new[] { (7, 20), (81, 263), (1, 3), (449, 450) })
        {
            var cp = ProportionIntervals.ClopperPearson(k, n);
            Assert.Equal(0.025, Binomial.CDF(cp.Upper, n, k), 7);
            Assert.Equal(0.025, 1 - Binomial.CDF(cp.Lower, n, k - 1), 7);
            Assert.Equal(IntervalMethod.ClopperPearson, cp.Method);
        }
        // k = 0: the upper end is 1 − (α/2)^(1/n).
        Assert.Equal(1 - Math.Pow(0.025, 1.0 / 10), ProportionIntervals.ClopperPearson(0, 10).Upper, 9);
    }

    [Fact]
    public void BootstrapOverSeedsStaysBelowOneWhereTheStudentTIntervalDoesNot()
    {
        // The case: a mean accuracy of 0.993 over 3 seeds, whose t interval runs past 1.
        double[] accuracies = [1.0, 0.979, 1.0];
        Assert.True(SampleSummary.Of(accuracies).Upper > 1);
        var b = BootstrapInterval.OfMean(accuracies, seed: 3);
        Assert.Equal(accuracies.Average(), b.Estimate, 12);
        Assert.Equal(1, b.Upper);
        // The smallest resampled mean is (0.979·3)/3: every resample is a mean of observed values.
        Assert.InRange(b.Lower, 0.979, b.Estimate);
        Assert.Contains("bootstrap", b.Description, StringComparison.Ordinal);
        Assert.Equal(b, BootstrapInterval.OfMean(accuracies, seed: 3));
    }

    [Fact]
    public void BootstrapOfALargeSampleAgreesWithTheNormalInterval()
    {
        // For 400 draws the percentile bootstrap of a mean approaches mean ± z·s/√n.
        var random = new Random(11);
        var values = Enumerable.Range(0, 400).Select(_ => random.NextDouble()).ToArray();
        var b = BootstrapInterval.OfMean(values, resamples: 20_000, seed: 1);
        var s = SampleSummary.Of(values);
        Assert.Equal(s.Lower, b.Lower, 2);
        Assert.Equal(s.Upper, b.Upper, 2);
    }

    [Fact]
    public void BadInputsAreRefusedWithTheirName()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.Wilson(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.ClopperPearson(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.Wilson(1, 4, 1.0));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => BootstrapInterval.OfMean([0.5, 1.2]));
        Assert.Contains("Value 1", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => BootstrapInterval.OfMean([0.5, double.NaN]));
    }

    [Fact]
    public void EveryProportionIntervalLiesInTheUnitIntervalAndHoldsItsEstimate()
    {
        Gen.Int[1, 5000].SelectMany(n => Gen.Int[0, n].Select(k => (k, n)))
            .Select(Gen.Double[0.5, 0.9999])
            .Sample((kn, level) =>
            {
                var (k, n) = kn;
                foreach (var i in new[] { ProportionIntervals.Wilson(k, n, level), ProportionIntervals.ClopperPearson(k, n, level) })
                {
                    Assert.InRange(i.Lower, 0, i.Estimate);
                    Assert.InRange(i.Upper, i.Estimate, 1);
                    Assert.Equal(level, i.Level);
                }
            }, iter: 3000);
    }

    [Fact]
    public void EverySeedBootstrapLiesWithinTheRangeOfItsValues()
    {
        Gen.Double[0, 1].Array[1, 12].Select(Gen.Double[0.5, 0.999], Gen.Int[0, 1000])
            .Sample((values, level, seed) =>
            {
                var b = BootstrapInterval.OfMean(values, level, resamples: 500, seed: seed);
                Assert.InRange(b.Lower, values.Min(), b.Estimate);
                Assert.InRange(b.Upper, b.Estimate, values.Max());
                Assert.InRange(b.Lower, 0, 1);
                Assert.InRange(b.Upper, 0, 1);
            }, iter: 1000);
    }
}
