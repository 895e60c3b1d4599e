using MathNet.Numerics.Distributions;

namespace QuantumML.Statistics;

/// <summary>Confidence intervals for a proportion (an accuracy pooled over test predictions) that lie in [0, 1] by
/// construction, unlike the normal approximation p ± z·√(p(1 − p)/n).</summary>
public static class ProportionIntervals
{
    /// <summary>Wilson's score interval: the p whose score test (p̂ − p)² ≤ z²·p(1 − p)/n does not reject.</summary>
    /// <param name="successes">Correct predictions; range 0 to <paramref name="trials"/>.</param>
    /// <param name="trials">Predictions; range ≥ 1.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <remarks>E. B. Wilson, "Probable inference, the law of succession, and statistical inference", JASA 22, 209 (1927).
    /// The roots of that quadratic lie in [0, 1]; the ends are clamped only against rounding (e.g. −1e−17 at p̂ = 0).</remarks>
    public static BoundedInterval Wilson(int successes, int trials, double level = 0.95)
    {
        Check(successes, trials, level);
        var z = Normal.InvCDF(0, 1, 0.5 + level / 2);
        double n = trials, p = (double)successes / trials, z2 = z * z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        var lower = successes == 0 ? 0 : Math.Clamp(centre - half, 0, p);
        var upper = successes == trials ? 1 : Math.Clamp(centre + half, p, 1);
        return new BoundedInterval(p, lower, upper, level, IntervalMethod.Wilson, trials);
    }

    /// <summary>The Clopper-Pearson interval: the p for which the observed count is not in either tail of Binomial(n, p)
    /// beyond (1 − level)/2, from Beta quantiles (MathNet); conservative, its coverage is at least the level.</summary>
    /// <param name="successes">Correct predictions; range 0 to <paramref name="trials"/>.</param>
    /// <param name="trials">Predictions; range ≥ 1.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <remarks>C. J. Clopper, E. S. Pearson, "The use of confidence or fiducial limits illustrated in the case of the
    /// binomial", Biometrika 26, 404 (1934). Lower = Beta(α/2; k, n − k + 1), upper = Beta(1 − α/2; k + 1, n − k).</remarks>
    public static BoundedInterval ClopperPearson(int successes, int trials, double level = 0.95)
    {
        Check(successes, trials, level);
        var alpha = 1 - level;
        var p = (double)successes / trials;
        var lower = successes == 0 ? 0 : Math.Clamp(Beta.InvCDF(successes, trials - successes + 1, alpha / 2), 0, p);
        var upper = successes == trials ? 1 : Math.Clamp(Beta.InvCDF(successes + 1, trials - successes, 1 - alpha / 2), p, 1);
        return new BoundedInterval(p, lower, upper, level, IntervalMethod.ClopperPearson, trials);
    }

    /// <summary>Newcombe's hybrid score interval for p_A − p_B from independent samples: with Wilson intervals [l, u] of each,
    /// d − √((p_A − l_A)² + (u_B − p_B)²) to d + √((u_A − p_A)² + (p_B − l_B)²); it lies in [−1, 1] by construction.</summary>
    /// <param name="successesA">Successes in sample A; range 0 to <paramref name="trialsA"/>.</param>
    /// <param name="trialsA">Trials in sample A; range ≥ 1.</param>
    /// <param name="successesB">Successes in sample B.</param>
    /// <param name="trialsB">Trials in sample B; range ≥ 1.</param>
    /// <param name="level">Confidence level in (0, 1).</param>
    /// <remarks>R. G. Newcombe, "Interval estimation for the difference between independent proportions: comparison of eleven
    /// methods", Statistics in Medicine 17, 873 (1998), method 10.</remarks>
    public static BoundedInterval NewcombeDifference(int successesA, int trialsA, int successesB, int trialsB, double level = 0.95)
    {
        var a = Wilson(successesA, trialsA, level);
        var b = Wilson(successesB, trialsB, level);
        var d = a.Estimate - b.Estimate;
        var lower = d - Math.Sqrt(Square(a.Estimate - a.Lower) + Square(b.Upper - b.Estimate));
        var upper = d + Math.Sqrt(Square(a.Upper - a.Estimate) + Square(b.Estimate - b.Lower));
        return new BoundedInterval(d, Math.Clamp(lower, -1, d), Math.Clamp(upper, d, 1), level, IntervalMethod.Newcombe, trialsA + trialsB);
    }

    private static double Square(double x) => x * x;

    private static void Check(int successes, int trials, double level)
    {
        if (trials < 1) throw new ArgumentOutOfRangeException(nameof(trials), trials, "A proportion needs at least one trial.");
        if (successes < 0 || successes > trials)
            throw new ArgumentOutOfRangeException(nameof(successes), successes, $"Successes must be between 0 and the {trials} trials.");
        BoundedInterval.CheckLevel(level);
    }
}
