using System.Text.Json.Serialization;
using QuantumML.Fairness;

namespace QuantumML.Experiments.Results;

/// <summary>A run's test predictions seen per group of a sensitive feature (Fairlearn's MetricFrame): accuracy, selection
/// rate, true- and false-positive rates per group, the demographic-parity and equalized-odds differences, and each test
/// sample's group, from which the report's intervals over seeds are computed.</summary>
/// <param name="Column">The sensitive feature's column.</param>
/// <param name="PositiveClass">The favourable label (an index into the classes).</param>
/// <param name="Groups">The group names (the column's values).</param>
/// <param name="GroupCounts">Test samples per group.</param>
/// <param name="ByGroup">Per metric (accuracy, selection_rate, true_positive_rate, false_positive_rate), its value per group
/// (NaN where undefined, e.g. a TPR in a group without positives).</param>
/// <param name="DemographicParityDifference">Largest minus smallest selection rate over the groups.</param>
/// <param name="EqualizedOddsDifference">The larger of the TPR and FPR spreads over the groups.</param>
/// <param name="TestGroups">Each test sample's group, in the order of the run's test labels.</param>
public sealed record FairnessRecord(string Column, int PositiveClass, string[] Groups, int[] GroupCounts,
    IReadOnlyDictionary<string, double[]> ByGroup, double DemographicParityDifference, double EqualizedOddsDifference,
    [property: JsonPropertyName("test_groups")] int[] TestGroups)
{
    /// <summary>The record of predictions <paramref name="yPred"/> of labels <paramref name="yTrue"/> for samples in <paramref name="groups"/>.</summary>
    public static FairnessRecord Of(int[] yTrue, int[] yPred, SensitiveFeature groups, int positiveClass)
    {
        var frame = MetricFrame.Compute(MetricFrame.Standard(positiveClass), yTrue, yPred, groups);
        return new FairnessRecord(groups.Name, positiveClass, groups.GroupNames, frame.GroupCounts,
            frame.Metrics.Select((m, i) => (m, frame.ByGroup[i])).ToDictionary(p => p.m, p => p.Item2),
            FairnessMetrics.DemographicParityDifference(yTrue, yPred, groups, positiveClass),
            FairnessMetrics.EqualizedOddsDifference(yTrue, yPred, groups, positiveClass),
            groups.Groups);
    }

    /// <summary>The test samples' groups as a sensitive feature again.</summary>
    public SensitiveFeature Feature => new(Column, Groups, TestGroups);
}
