using QuantumML.Data;
using QuantumML.Statistics;

namespace QuantumML.Api;

/// <summary>The statistics the reports give, for a user's own comparisons.</summary>
public static class Stats
{
    /// <summary>The test accuracy of <paramref name="classifier"/> on <paramref name="test"/> with its 95% Wilson interval
    /// (the reports' interval for one seed's predictions).</summary>
    public static async Task<BoundedInterval> AccuracyAsync(Classifier classifier, Dataset test, double level = 0.95, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(test);
        var predicted = await classifier.PredictAsync(test.Features, cancellationToken).ConfigureAwait(false);
        var correct = predicted.Where((p, i) => p == test.Labels[i]).Count();
        return ProportionIntervals.Wilson(correct, test.Count, level);
    }

    /// <summary>McNemar's test of two classifiers on the same test samples: do they err on different samples more
    /// often than chance says?</summary>
    public static async Task<TestResult> McNemarAsync(Classifier a, Classifier b, Dataset test, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(test);
        var pa = await a.PredictAsync(test.Features, cancellationToken).ConfigureAwait(false);
        var pb = await b.PredictAsync(test.Features, cancellationToken).ConfigureAwait(false);
        return HypothesisTests.McNemar([.. pa.Select((p, i) => p == test.Labels[i])], [.. pb.Select((p, i) => p == test.Labels[i])]);
    }
}
