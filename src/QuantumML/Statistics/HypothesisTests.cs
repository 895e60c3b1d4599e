using MathNet.Numerics.Distributions;

namespace QuantumML.Statistics;

/// <summary>The outcome of a hypothesis test.</summary>
/// <param name="Statistic">The test statistic (t for the paired t-test; the smaller discordant count for McNemar's).</param>
/// <param name="PValue">Two-sided p-value; NaN when the test is undefined (see <paramref name="Note"/>).</param>
/// <param name="Note">Why the p-value is NaN or exact, in words for a report.</param>
public sealed record TestResult(double Statistic, double PValue, string Note = "");

/// <summary>Tests for comparing two models on the same seeds or the same test points.</summary>
public static class HypothesisTests
{
    /// <summary>Two-sided paired t-test of mean(a − b) = 0 over paired runs (one pair per seed).</summary>
    public static TestResult PairedT(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        if (a.Count != b.Count) throw new ArgumentException("Paired samples need the same length.", nameof(b));
        var n = a.Count;
        if (n < 2) return new TestResult(double.NaN, double.NaN, "fewer than 2 pairs");
        var d = a.Zip(b, (x, y) => x - y).ToArray();
        var mean = d.Average();
        var sd = Math.Sqrt(d.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        if (sd == 0) return new TestResult(double.NaN, mean == 0 ? 1 : double.NaN, mean == 0 ? "identical in every pair" : "constant non-zero difference");
        var t = mean / (sd / Math.Sqrt(n));
        return new TestResult(t, 2 * StudentT.CDF(0, 1, n - 1, -Math.Abs(t)));
    }

    /// <summary>McNemar's exact test on paired predictions: of the points exactly one model got right, is
    /// either model right more often than chance? Two-sided binomial p-value on the discordant pairs.</summary>
    /// <param name="aCorrect">Whether model A classified each point correctly.</param>
    /// <param name="bCorrect">Whether model B classified the same point correctly.</param>
    public static TestResult McNemar(IReadOnlyList<bool> aCorrect, IReadOnlyList<bool> bCorrect)
    {
        if (aCorrect.Count != bCorrect.Count) throw new ArgumentException("Paired outcomes need the same length.", nameof(bCorrect));
        var onlyA = aCorrect.Zip(bCorrect).Count(p => p.First && !p.Second);
        var onlyB = aCorrect.Zip(bCorrect).Count(p => !p.First && p.Second);
        var n = onlyA + onlyB;
        if (n == 0) return new TestResult(0, 1, "no discordant pairs");
        var k = Math.Min(onlyA, onlyB);
        var p = Math.Min(1, 2 * Binomial.CDF(0.5, n, k));
        return new TestResult(k, p, $"exact binomial on {n} discordant pairs ({onlyA} vs {onlyB})");
    }
}
