using System.Globalization;
using QuantumML.Experiments.Results;
using QuantumML.Statistics;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The 95% interval of a model's test accuracy in a report, which stays in [0, 1]: Wilson's score interval on the
/// test predictions of every seed pooled, or, for a model whose runs kept no predictions that match their accuracy, a
/// percentile bootstrap of the mean over seeds. A Student-t interval of three seeds at 0.993 ran to 1.009.</summary>
public static class AccuracyInterval
{
    /// <summary>Resamples of the seed bootstrap: the interval's ends move by well under 0.001 between seeds of the resampling.</summary>
    private const int Resamples = 4000;

    /// <summary>The interval of the test accuracy of <paramref name="runs"/> (one model's runs, one per seed).</summary>
    public static BoundedInterval Of(IReadOnlyList<RunRecord> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (Pooled(runs) is { } pooled) return pooled;
        return OfValues([.. runs.Select(r => r.Metrics[MetricNames.TestAccuracy])]);
    }

    /// <summary>The seed-bootstrap interval of the mean of accuracies (values outside [0, 1] are clamped: an accuracy is a proportion).</summary>
    public static BoundedInterval OfValues(IReadOnlyList<double> accuracies) =>
        BootstrapInterval.OfMean([.. accuracies.Select(a => Math.Clamp(a, 0, 1))], 0.95, Resamples, seed: 0);

    /// <summary>"[lower, upper]", with a dagger when the interval is a seed bootstrap rather than the pooled Wilson interval.</summary>
    public static string Cell(BoundedInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return string.Create(CultureInfo.InvariantCulture, $"[{interval.Lower:0.000}, {interval.Upper:0.000}]{(interval.Method == IntervalMethod.SeedBootstrap ? " †" : "")}");
    }

    /// <summary>The sentence that says what the intervals are.</summary>
    public const string Explanation = "The 95% interval is Wilson's score interval on the test predictions of all seeds pooled (each test point of each seed one trial), which stays in [0, 1]; † marks a model whose runs kept no test predictions, whose interval is a percentile bootstrap of the mean over seeds (too narrow with few seeds, but inside the seeds' range).";

    /// <summary>Wilson's interval on the pooled predictions, when every run kept predictions whose accuracy is its recorded one.</summary>
    private static BoundedInterval? Pooled(IReadOnlyList<RunRecord> runs)
    {
        int correct = 0, total = 0;
        foreach (var run in runs)
        {
            var n = run.TestPredictions.Length;
            if (n == 0 || n != run.TestLabels.Length) return null;
            var right = 0;
            for (var i = 0; i < n; i++) if (run.TestPredictions[i] == run.TestLabels[i]) right++;
            // A model scored otherwise than by its saved predictions (e.g. the last federated round's) keeps the bootstrap.
            if (Math.Abs((double)right / n - run.Metrics[MetricNames.TestAccuracy]) > 1e-9) return null;
            correct += right;
            total += n;
        }
        return total == 0 ? null : ProportionIntervals.Wilson(correct, total);
    }
}
