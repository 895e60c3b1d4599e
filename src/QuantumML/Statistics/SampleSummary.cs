using MathNet.Numerics.Distributions;

namespace QuantumML.Statistics;

/// <summary>Mean, sample standard deviation and a two-sided Student-t confidence interval of a small sample (seeds).</summary>
/// <param name="Count">Sample size.</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1 denominator); 0 for one value.</param>
/// <param name="Lower">Lower end of the interval (the mean itself when n = 1).</param>
/// <param name="Upper">Upper end of the interval.</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
public sealed record SampleSummary(int Count, double Mean, double StandardDeviation, double Lower, double Upper, double Level)
{
    /// <summary>Summarizes <paramref name="values"/> with a <paramref name="level"/> confidence interval mean ± t·s/√n.</summary>
    public static SampleSummary Of(IReadOnlyList<double> values, double level = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "The level must be in (0, 1).");
        var n = values.Count;
        var mean = values.Average();
        if (n == 1) return new SampleSummary(1, mean, 0, mean, mean, level);
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var half = StudentT.InvCDF(0, 1, n - 1, 0.5 + level / 2) * sd / Math.Sqrt(n);
        return new SampleSummary(n, mean, sd, mean - half, mean + half, level);
    }
}
