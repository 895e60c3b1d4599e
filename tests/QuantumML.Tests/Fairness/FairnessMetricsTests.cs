using QuantumML.Data;
using QuantumML.Fairness;

namespace QuantumML.Tests.Fairness;

public sealed class FairnessMetricsTests
{
    // Group A (0): samples 0-5, group B (1): 6-11, group C (2): 12-13 (no positives).
    private static readonly int[] YTrue = [1, 1, 1, 0, 0, 0, /**/ 1, 1, 0, 0, 0, 0, /**/ 0, 0];
    private static readonly int[] YPred = [1, 1, 0, 1, 0, 0, /**/ 1, 0, 0, 0, 0, 1, /**/ 0, 1];
    private static readonly SensitiveFeature TwoGroups = new("g", ["A", "B"], [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    private static readonly SensitiveFeature ThreeGroups = new("g", ["A", "B", "C"], [0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 2, 2]);

    [Fact]
    public void PerGroupMetricsEqualTheHandCountedValues()
    {
        var frame = MetricFrame.Compute(MetricFrame.Standard(), YTrue[..12], YPred[..12], TwoGroups);
        // A: correct 0,1,4,5; predicted positive 0,1,3; positives 0,1,2 of which 0,1 found; negatives 3,4,5 of which 3 flagged.
        Assert.Equal(4 / 6.0, frame.Value("accuracy", "A"), 15);
        Assert.Equal(3 / 6.0, frame.Value("selection_rate", "A"), 15);
        Assert.Equal(2 / 3.0, frame.Value("true_positive_rate", "A"), 15);
        Assert.Equal(1 / 3.0, frame.Value("false_positive_rate", "A"), 15);
        // B: correct 6,8,9,10; predicted positive 6,11; positives 6,7 of which 6; negatives 8-11 of which 11.
        Assert.Equal(4 / 6.0, frame.Value("accuracy", "B"), 15);
        Assert.Equal(2 / 6.0, frame.Value("selection_rate", "B"), 15);
        Assert.Equal(1 / 2.0, frame.Value("true_positive_rate", "B"), 15);
        Assert.Equal(1 / 4.0, frame.Value("false_positive_rate", "B"), 15);
        Assert.Equal(8 / 12.0, frame.Overall[0], 15);
        Assert.Equal([6, 6], frame.GroupCounts);
        Assert.Equal(1 / 6.0, frame.Difference("selection_rate"), 15);
        Assert.Equal(2 / 3.0, frame.Ratio("selection_rate"), 15);
        Assert.Equal(1 / 3.0, frame.GroupMin("selection_rate"), 15);
        Assert.Equal(0.5, frame.GroupMax("selection_rate"), 15);

        Assert.Equal(1 / 6.0, FairnessMetrics.DemographicParityDifference(YTrue[..12], YPred[..12], TwoGroups), 15);
        Assert.Equal(2 / 3.0, FairnessMetrics.DemographicParityRatio(YTrue[..12], YPred[..12], TwoGroups), 15);
        Assert.Equal(1 / 6.0, FairnessMetrics.EqualizedOddsDifference(YTrue[..12], YPred[..12], TwoGroups), 15);   // max(1/6, 1/12)
        Assert.Equal(1 / 3.0 - 1 / 2.0, FairnessMetrics.SelectionRateGap(YTrue[..12], YPred[..12], TwoGroups, 1, 0), 15);
    }

    [Fact]
    public void AGroupWhereARateIsUndefinedIsLeftOutOfItsDifference()
    {
        // C has no positives (its TPR is undefined) but its FPR is 1/2: TPR spread 1/6 over A and B, FPR spread 1/2 − 1/4.
        var frame = MetricFrame.Compute(MetricFrame.Standard(), YTrue, YPred, ThreeGroups);
        Assert.True(double.IsNaN(frame.Value("true_positive_rate", "C")));
        Assert.Equal(1 / 6.0, frame.Difference("true_positive_rate"), 15);
        Assert.Equal(1 / 4.0, FairnessMetrics.EqualizedOddsDifference(YTrue, YPred, ThreeGroups), 15);
        Assert.Equal(1 / 6.0, FairnessMetrics.DemographicParityDifference(YTrue, YPred, ThreeGroups), 15);   // A 1/2, B 1/3, C 1/2
        Assert.Throws<ArgumentException>(() => frame.Value("recall", "A"));
        Assert.Throws<ArgumentException>(() => frame.Value("accuracy", "D"));
    }

    [Fact]
    public void ASensitiveFeatureIsTakenFromItsColumn()
    {
        var data = new Dataset("d", [[0.5, 2], [1.5, 0], [2.5, 2], [3.5, 1]], [0, 1, 0, 1], ["a", "b"], ["x", "group"]);
        var (without, feature) = SensitiveFeature.Take(data, "group");
        Assert.Equal(["x"], without.FeatureNames);
        Assert.Equal([0.5, 1.5, 2.5, 3.5], without.Features.Select(r => r[0]));
        Assert.Equal(["0", "1", "2"], feature.GroupNames);
        Assert.Equal([2, 0, 2, 1], feature.Groups);
        Assert.Equal([0, 1], feature.Subset([1, 3]).Groups);
        var (with, _) = SensitiveFeature.Take(data, "group", keepAsFeature: true);
        Assert.Equal(2, with.FeatureCount);
        Assert.Contains("no column 'sex'", Assert.Throws<ArgumentException>(() => SensitiveFeature.Take(data, "sex")).Message, StringComparison.Ordinal);
        var continuous = new Dataset("c", Enumerable.Range(0, 60).Select(i => new double[] { i }).ToArray(), new int[60], ["a"], ["age"]);
        Assert.Contains("60 distinct values", Assert.Throws<ArgumentException>(() => SensitiveFeature.Take(continuous, "age")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APlantedGroupHasTheRequestedBaseRateGap()
    {
        var data = SyntheticData.Blobs(20_000, 2, 2, 1.0, new Random(1));
        foreach (var gap in new[] { 0.6, 0.0, -0.3 })
        {
            var (_, groups) = SensitiveFeature.Take(PlantedGroup.Add(data, gap, new Random(2)), PlantedGroup.DefaultColumn);
            // The true labels as "predictions": the selection-rate gap is the base-rate gap P(y = 1 | g = 1) − P(y = 1 | g = 0).
            Assert.Equal(gap, FairnessMetrics.SelectionRateGap(data.Labels, data.Labels, groups, 1, 0), 0.02);
        }
        Assert.Throws<ArgumentOutOfRangeException>(() => PlantedGroup.Add(data, 1.5, new Random(1)));
        Assert.Throws<ArgumentException>(() => PlantedGroup.Add(PlantedGroup.Add(data, 0, new Random(1)), 0, new Random(1)));
    }
}
