using QuantumML.Statistics;

namespace QuantumML.Fairness;

/// <summary>One seed's test predictions with the test samples' groups.</summary>
/// <param name="YTrue">True labels.</param>
/// <param name="YPred">Predicted labels.</param>
/// <param name="Groups">The test samples' sensitive feature.</param>
public sealed record SeedPredictions(int[] YTrue, int[] YPred, SensitiveFeature Groups);

/// <summary>A metric of one group over seeds: the mean and its seed-bootstrap interval.</summary>
/// <param name="Metric">The metric's name.</param>
/// <param name="Group">The group's name.</param>
/// <param name="Interval">The mean over the seeds where it is defined, with a percentile bootstrap interval (in [0, 1]).</param>
public sealed record GroupMetricInterval(string Metric, string Group, BoundedInterval Interval);

/// <summary>A model's fairness over seeds: every standard metric per group, the demographic-parity and equalized-odds
/// differences, and for two groups the signed selection-rate gap, each with an interval.</summary>
/// <param name="Groups">The group names.</param>
/// <param name="ByGroup">Accuracy, selection rate, TPR and FPR per group, each over seeds.</param>
/// <param name="DemographicParity">The demographic-parity difference's mean over seeds with a seed-bootstrap interval in
/// [0, 1], or null when no seed has two groups. Being a max − min, it is above 0 at any finite sample size even without
/// bias: an interval excluding 0 is not by itself evidence of bias; the signed gap below is.</param>
/// <param name="EqualizedOdds">The equalized-odds difference likewise.</param>
/// <param name="SelectionRateGap">Two groups: group 1's selection rate minus group 0's, mean over seeds with a seed-bootstrap
/// interval in [−1, 1] (0 inside it is consistent with parity); null otherwise.</param>
/// <param name="PooledSelectionRateGap">Two groups: the same gap on the predictions pooled over seeds, with Newcombe's interval
/// (treats pooled predictions as independent, which seeds sharing a data generator only approximate); null otherwise.</param>
public sealed record FairnessSummary(string[] Groups, IReadOnlyList<GroupMetricInterval> ByGroup, BoundedInterval? DemographicParity,
    BoundedInterval? EqualizedOdds, BoundedInterval? SelectionRateGap, BoundedInterval? PooledSelectionRateGap)
{
    /// <summary>Summarizes one model's <paramref name="seeds"/> (all with the same group names).</summary>
    /// <param name="seeds">Each seed's test predictions and groups.</param>
    /// <param name="positiveClass">The favourable label.</param>
    /// <param name="level">Confidence level of every interval.</param>
    /// <param name="bootstrapSeed">Seeds the bootstrap resampling.</param>
    public static FairnessSummary Of(IReadOnlyList<SeedPredictions> seeds, int positiveClass = 1, double level = 0.95, int bootstrapSeed = 0)
    {
        if (seeds.Count == 0) throw new ArgumentException("A fairness summary needs at least one seed.", nameof(seeds));
        var groups = seeds[0].Groups.GroupNames;
        if (seeds.Any(s => !s.Groups.GroupNames.SequenceEqual(groups)))
            throw new ArgumentException("Every seed must have the same groups.", nameof(seeds));
        var metrics = MetricFrame.Standard(positiveClass);
        var frames = seeds.Select(s => MetricFrame.Compute(metrics, s.YTrue, s.YPred, s.Groups)).ToArray();
        var byGroup = new List<GroupMetricInterval>();
        for (var m = 0; m < metrics.Count; m++)
            for (var g = 0; g < groups.Length; g++)
                if (Interval(frames.Select(f => f.ByGroup[m][g]), 0, 1, level, bootstrapSeed) is { } interval)
                    byGroup.Add(new GroupMetricInterval(metrics[m].Name, groups[g], interval));

        var dp = Interval(seeds.Select(s => FairnessMetrics.DemographicParityDifference(s.YTrue, s.YPred, s.Groups, positiveClass)), 0, 1, level, bootstrapSeed);
        var eo = Interval(seeds.Select(s => FairnessMetrics.EqualizedOddsDifference(s.YTrue, s.YPred, s.Groups, positiveClass)), 0, 1, level, bootstrapSeed);
        BoundedInterval? gap = null, pooled = null;
        if (groups.Length == 2)
        {
            gap = Interval(seeds.Select(s => FairnessMetrics.SelectionRateGap(s.YTrue, s.YPred, s.Groups, 1, 0, positiveClass)), -1, 1, level, bootstrapSeed);
            var (selected, count) = (new int[2], new int[2]);
            foreach (var s in seeds)
                for (var i = 0; i < s.YPred.Length; i++)
                {
                    count[s.Groups.Groups[i]]++;
                    if (s.YPred[i] == positiveClass) selected[s.Groups.Groups[i]]++;
                }
            if (count[0] > 0 && count[1] > 0) pooled = ProportionIntervals.NewcombeDifference(selected[1], count[1], selected[0], count[0], level);
        }
        return new FairnessSummary(groups, byGroup, dp, eo, gap, pooled);
    }

    private static BoundedInterval? Interval(IEnumerable<double> values, double minimum, double maximum, double level, int seed)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length == 0 ? null : BootstrapInterval.OfMean(finite, level, seed: seed, minimum: minimum, maximum: maximum);
    }
}
