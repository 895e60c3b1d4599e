namespace QuantumML.Statistics;

/// <summary>How a <see cref="BoundedInterval"/> was made.</summary>
public enum IntervalMethod
{
    /// <summary>Percentile bootstrap of the mean over seeds: resampled seed-level values, so it stays inside their range.</summary>
    SeedBootstrap,

    /// <summary>Wilson's score interval for a proportion, on pooled binary outcomes.</summary>
    Wilson,

    /// <summary>The Clopper-Pearson ("exact") interval for a proportion, from Beta quantiles, on pooled binary outcomes.</summary>
    ClopperPearson,

    /// <summary>Newcombe's hybrid score interval for a difference of two proportions, from their Wilson intervals.</summary>
    Newcombe,
}

/// <summary>A confidence interval of a quantity with a known range (an accuracy lies in [0, 1]) that never leaves that
/// range, and what it is.</summary>
/// <param name="Estimate">The point estimate: the mean over seeds, or the pooled proportion.</param>
/// <param name="Lower">Lower end; within the quantity's range.</param>
/// <param name="Upper">Upper end; within the quantity's range.</param>
/// <param name="Level">Nominal coverage, e.g. 0.95.</param>
/// <param name="Method">How it was computed.</param>
/// <param name="Count">What it was computed from: seeds for <see cref="IntervalMethod.SeedBootstrap"/>, pooled trials
/// (test predictions) for the proportion intervals (both groups' for <see cref="IntervalMethod.Newcombe"/>).</param>
public sealed record BoundedInterval(double Estimate, double Lower, double Upper, double Level, IntervalMethod Method, int Count)
{
    /// <summary>The interval's method in words, for a report: e.g. "95% Wilson score interval on 450 pooled test predictions".</summary>
    public string Description => Method switch
    {
        IntervalMethod.SeedBootstrap => $"{Level:0.##%} percentile bootstrap interval of the mean over {Count} seed(s)",
        IntervalMethod.Wilson => $"{Level:0.##%} Wilson score interval on {Count} pooled outcomes",
        IntervalMethod.Newcombe => $"{Level:0.##%} Newcombe hybrid score interval of a difference of proportions on {Count} pooled outcomes",
        _ => $"{Level:0.##%} Clopper-Pearson interval on {Count} pooled outcomes",
    };

    internal static void CheckLevel(double level)
    {
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must be in (0, 1).");
    }
}
