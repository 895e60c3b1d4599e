using QuantumML.Data;

namespace QuantumML.Fairness;

/// <summary>Plants a two-valued sensitive feature with a controlled bias in a (generated) dataset, as an extra feature
/// column, so that fairness metrics can be checked against a known truth.</summary>
/// <remarks>
/// The bias is in the base rates (a "historical" bias in who has the positive label): a sample of the positive class is in
/// group 1 with probability (1 + gap)/2, any other sample with probability (1 − gap)/2. With balanced classes,
/// P(positive | group 1) − P(positive | group 0) = gap, while the group says nothing about the features once the label is
/// known (it is drawn from the label alone). So a model that does not see the column, and predicts the label with true-
/// and false-positive rates TPR and FPR, has a demographic-parity difference near gap·(TPR − FPR) (gap for a perfect
/// classifier) and an equalized-odds difference near 0: its errors do not depend on the group. Kept as a feature
/// (<see cref="SensitiveFeature.Take"/> with keepAsFeature), the group becomes a proxy of the label the model can use.
/// gap = 0 is a control: the group is independent of everything.
/// </remarks>
public static class PlantedGroup
{
    /// <summary>The default name of the planted column.</summary>
    public const string DefaultColumn = "group";

    /// <summary><paramref name="data"/> with a 0/1 column <paramref name="column"/> appended, drawn from
    /// <paramref name="random"/> with base-rate gap <paramref name="gap"/> towards <paramref name="positiveClass"/>.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="gap">The base-rate gap; range [−1, 1] (negative favours group 0).</param>
    /// <param name="random">The source of every draw.</param>
    /// <param name="positiveClass">The favourable label.</param>
    /// <param name="column">The new column's name; it must not exist yet.</param>
    public static Dataset Add(Dataset data, double gap, Random random, int positiveClass = 1, string column = DefaultColumn)
    {
        if (!(gap >= -1 && gap <= 1)) throw new ArgumentOutOfRangeException(nameof(gap), gap, "The base-rate gap must lie in [−1, 1].");
        if (positiveClass < 0 || positiveClass >= data.ClassCount) throw new ArgumentOutOfRangeException(nameof(positiveClass), positiveClass, $"The dataset has {data.ClassCount} classes.");
        if (data.FeatureNames.Contains(column)) throw new ArgumentException($"The dataset already has a column '{column}'.", nameof(column));
        var features = new double[data.Count][];
        for (var i = 0; i < data.Count; i++)
        {
            var inGroupOne = (data.Labels[i] == positiveClass ? 1 + gap : 1 - gap) / 2;
            features[i] = [.. data.Features[i], random.NextDouble() < inGroupOne ? 1 : 0];
        }
        return data.WithFeatures(features, [.. data.FeatureNames, column]);
    }
}
