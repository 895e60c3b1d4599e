using QuantumML.Metrics;

namespace QuantumML.Fairness;

/// <summary>Any metrics of predicted labels, overall and per group of a sensitive feature, with each metric's spread
/// between groups (Fairlearn's MetricFrame: overall, by_group, difference(), ratio(), group_min(), group_max()).</summary>
/// <param name="Metrics">The metric names, in the order given.</param>
/// <param name="Groups">The group names.</param>
/// <param name="GroupCounts">Samples per group.</param>
/// <param name="Overall">Each metric on all samples.</param>
/// <param name="ByGroup">ByGroup[m][g]: metric m on group g's samples (NaN when undefined there).</param>
public sealed record MetricFrame(string[] Metrics, string[] Groups, int[] GroupCounts, double[] Overall, double[][] ByGroup)
{
    /// <summary>Accuracy, selection rate, true- and false-positive rates (for the favourable class <paramref name="positiveClass"/>).</summary>
    public static IReadOnlyList<(string Name, Func<int[], int[], double> Metric)> Standard(int positiveClass = 1) =>
    [
        ("accuracy", (t, p) => t.Length == 0 ? double.NaN : ClassificationMetrics.Accuracy(t, p)),
        ("selection_rate", (t, p) => FairnessMetrics.SelectionRate(t, p, positiveClass)),
        ("true_positive_rate", (t, p) => FairnessMetrics.TruePositiveRate(t, p, positiveClass)),
        ("false_positive_rate", (t, p) => FairnessMetrics.FalsePositiveRate(t, p, positiveClass)),
    ];

    /// <summary>Evaluates <paramref name="metrics"/> on <paramref name="yTrue"/> and <paramref name="yPred"/> overall and per group.</summary>
    public static MetricFrame Compute(IReadOnlyList<(string Name, Func<int[], int[], double> Metric)> metrics, int[] yTrue, int[] yPred, SensitiveFeature groups)
    {
        if (metrics.Count == 0) throw new ArgumentException("A metric frame needs at least one metric.", nameof(metrics));
        var byGroup = metrics.Select(m => FairnessMetrics.PerGroup(yTrue, yPred, groups, m.Metric)).ToArray();
        var counts = Enumerable.Range(0, groups.GroupCount).Select(g => groups.Groups.Count(x => x == g)).ToArray();
        return new MetricFrame(metrics.Select(m => m.Name).ToArray(), groups.GroupNames, counts,
            metrics.Select(m => m.Metric(yTrue, yPred)).ToArray(), byGroup);
    }

    /// <summary>Metric <paramref name="metric"/> on group <paramref name="group"/>.</summary>
    public double Value(string metric, string group) => ByGroup[IndexOf(metric)][GroupIndex(group)];

    /// <summary>The largest minus the smallest group value of <paramref name="metric"/> (groups where it is undefined left out).</summary>
    public double Difference(string metric) => FairnessMetrics.Spread(ByGroup[IndexOf(metric)]);

    /// <summary>The smallest over the largest group value of <paramref name="metric"/> (NaN with fewer than two groups, 1 when all are 0).</summary>
    public double Ratio(string metric)
    {
        var values = Finite(metric);
        return values.Length < 2 ? double.NaN : values.Max() == 0 ? 1 : values.Min() / values.Max();
    }

    /// <summary>The smallest group value of <paramref name="metric"/>.</summary>
    public double GroupMin(string metric) => Finite(metric) is { Length: > 0 } v ? v.Min() : double.NaN;

    /// <summary>The largest group value of <paramref name="metric"/>.</summary>
    public double GroupMax(string metric) => Finite(metric) is { Length: > 0 } v ? v.Max() : double.NaN;

    private double[] Finite(string metric) => ByGroup[IndexOf(metric)].Where(double.IsFinite).ToArray();

    private int IndexOf(string metric) => Array.IndexOf(Metrics, metric) is var i and >= 0
        ? i
        : throw new ArgumentException($"No metric '{metric}'; the frame has {string.Join(", ", Metrics)}.", nameof(metric));

    private int GroupIndex(string group) => Array.IndexOf(Groups, group) is var i and >= 0
        ? i
        : throw new ArgumentException($"No group '{group}'; the groups are {string.Join(", ", Groups)}.", nameof(group));
}
