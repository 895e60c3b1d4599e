using QuantumML.Landscape;

namespace QuantumML.Tests.Landscape;

/// <summary>The log-linear decay fit against exact exponentials and a regression worked by hand.</summary>
public sealed class DecayFitTests
{
    [Fact]
    public void AnExactExponentialGivesItsRateWithAZeroWidthInterval()
    {
        int[] n = [2, 3, 4, 5, 6, 7];
        var fit = DecayFit.Of(n, [.. n.Select(q => 0.3 * Math.Exp(-0.7 * q))]);
        Assert.Equal(0.7, fit.Rate, 12);
        Assert.Equal(Math.Log(0.3), fit.Intercept, 12);
        Assert.Equal(0.7, fit.RateLower, 9);
        Assert.Equal(0.7, fit.RateUpper, 9);
        Assert.Equal(1, fit.RSquared, 12);
        Assert.Equal(Math.Exp(-0.7), fit.FactorPerQubit, 12);
    }

    [Fact]
    public void TheIntervalMatchesAHandWorkedRegression()
    {
        // ln Var = −1, −2.5, −2.9, −4.6 at n = 2..5: n̄ = 3.5, Sxx = 5, Sxy = −5.6, slope −1.12, SSE = 0.298,
        // se = √(0.298/2/5) = 0.172627, t(0.975; 2) = 4.302653, half-width 0.742753.
        var fit = DecayFit.Of([2, 3, 4, 5], [Math.Exp(-1), Math.Exp(-2.5), Math.Exp(-2.9), Math.Exp(-4.6)]);
        Assert.Equal(1.12, fit.Rate, 10);
        Assert.Equal(0.172627, fit.SlopeStandardError, 6);
        Assert.Equal(1.12 - 0.742753, fit.RateLower, 5);
        Assert.Equal(1.12 + 0.742753, fit.RateUpper, 5);
        Assert.Equal(4, fit.Points);
    }

    [Fact]
    public void AVanishedVarianceIsRefusedNamingItsQubitCount()
    {
        var e = Assert.Throws<ArgumentException>(() => DecayFit.Of([2, 3, 4], [0.1, 0, 0.01]));
        Assert.Contains("at 3 qubits", e.Message, StringComparison.Ordinal);
        var roundoff = Assert.Throws<ArgumentException>(() => DecayFit.Of([2, 3, 4], [0.1, 0.01, 2e-33]));
        Assert.Contains("at 4 qubits", roundoff.Message, StringComparison.Ordinal);
        Assert.Contains("vanishes identically", roundoff.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DecayFit.Of([2, 3], [0.1, 0.01]));
        Assert.Throws<ArgumentException>(() => DecayFit.Of([4, 4, 4], [0.1, 0.01, 0.02]));
    }
}
