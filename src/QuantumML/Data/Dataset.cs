namespace QuantumML.Data;

/// <summary>A labelled tabular dataset: one feature row and one integer class label per sample.</summary>
/// <param name="Name">A short name for reports.</param>
/// <param name="Features">The samples, one row each; every row has <see cref="FeatureCount"/> values.</param>
/// <param name="Labels">The class of each sample, an index into <paramref name="ClassNames"/>.</param>
/// <param name="ClassNames">The class names, by label.</param>
/// <param name="FeatureNames">The feature names, by column.</param>
public sealed record Dataset(string Name, double[][] Features, int[] Labels, string[] ClassNames, string[] FeatureNames)
{
    /// <summary>Number of samples.</summary>
    public int Count => Features.Length;

    /// <summary>Number of features per sample.</summary>
    public int FeatureCount => FeatureNames.Length;

    /// <summary>Number of classes.</summary>
    public int ClassCount => ClassNames.Length;

    /// <summary>The samples at <paramref name="indices"/>, in that order.</summary>
    public Dataset Subset(IReadOnlyList<int> indices) => this with
    {
        Features = indices.Select(i => Features[i]).ToArray(),
        Labels = indices.Select(i => Labels[i]).ToArray(),
    };

    /// <summary>The same samples with other feature columns (after scaling or PCA).</summary>
    public Dataset WithFeatures(double[][] features, string[]? featureNames = null) => this with
    {
        Features = features,
        FeatureNames = featureNames ?? (features.Length > 0 && features[0].Length == FeatureCount
            ? FeatureNames
            : Enumerable.Range(0, features.Length > 0 ? features[0].Length : 0).Select(i => $"f{i}").ToArray()),
    };
}
