namespace QuantumML.Statistics;

/// <summary>The percentile bootstrap interval of a mean over seeds: every resampled mean is a mean of observed values, so
/// the interval stays inside the range of the values (an accuracy's stays in [0, 1]) by construction.</summary>
public static class BootstrapInterval
{
    /// <summary>The mean of <paramref name="values"/> (one per seed) with the <paramref name="level"/> quantiles of the means
    /// of <paramref name="resamples"/> resamples drawn with replacement.</summary>
    /// <param name="values">Seed-level values, each in [<paramref name="minimum"/>, <paramref name="maximum"/>].</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <param name="resamples">Bootstrap resamples; range ≥ 1.</param>
    /// <param name="seed">Seeds the resampling: the same values give the same interval.</param>
    /// <param name="minimum">The quantity's lower bound (0 for an accuracy).</param>
    /// <param name="maximum">The quantity's upper bound (1 for an accuracy).</param>
    /// <remarks>With few seeds the bootstrap sees only the spread among them and is too narrow (3 seeds give 10 distinct
    /// resampled means); it answers "where could the mean over these seeds' conditions be", not more. B. Efron,
    /// R. Tibshirani, "An Introduction to the Bootstrap" (1993), ch. 13.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">No values, a value outside the range or not finite, or a bad level.</exception>
    public static BoundedInterval OfMean(IReadOnlyList<double> values, double level = 0.95, int resamples = 10_000, int seed = 0, double minimum = 0, double maximum = 1)
    {
        if (values.Count == 0) throw new ArgumentOutOfRangeException(nameof(values), "A bootstrap needs at least one value.");
        BoundedInterval.CheckLevel(level);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        for (var i = 0; i < values.Count; i++)
        {
            if (!(values[i] >= minimum && values[i] <= maximum))
                throw new ArgumentOutOfRangeException(nameof(values), values[i], $"Value {i} is outside [{minimum}, {maximum}].");
        }
        var n = values.Count;
        var (low, high) = (values.Min(), values.Max());
        // A mean of values lies between the smallest and largest of them; the clamps remove summation rounding.
        var mean = Math.Clamp(values.Average(), low, high);
        var random = new Random(seed);
        var means = new double[resamples];
        for (var r = 0; r < resamples; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++) sum += values[random.Next(n)];
            means[r] = sum / n;
        }
        Array.Sort(means);
        var alpha = 1 - level;
        var lower = Math.Clamp(Quantile(means, alpha / 2), low, high);
        var upper = Math.Clamp(Quantile(means, 1 - alpha / 2), low, high);
        // Percentile ends of a skewed handful of seeds can miss the observed mean; the interval is widened to hold it.
        return new BoundedInterval(mean, Math.Min(lower, mean), Math.Max(upper, mean), level, IntervalMethod.SeedBootstrap, n);
    }

    /// <summary>The q-quantile of sorted data, interpolating between order statistics (Hyndman and Fan's type 7).</summary>
    private static double Quantile(double[] sorted, double q)
    {
        var h = (sorted.Length - 1) * q;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
