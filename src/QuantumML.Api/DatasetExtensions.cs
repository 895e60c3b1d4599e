using QuantumML.Data;

namespace QuantumML.Api;

/// <summary>Splits of a <see cref="Dataset"/>, as the experiments make them.</summary>
public static class DatasetExtensions
{
    /// <summary>A stratified train/test split: round(count × <paramref name="testFraction"/>) samples of each class go to
    /// the test part, chosen from <paramref name="seed"/>.</summary>
    public static (Dataset Train, Dataset Test) Split(this Dataset data, double testFraction = 0.3, int seed = 0) =>
        QuantumML.Data.Split.Stratified(data, testFraction, new Random(seed));
}
