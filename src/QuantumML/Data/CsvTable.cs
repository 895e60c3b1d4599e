namespace QuantumML.Data;

/// <summary>The rows of a CSV file in the dataset format (<see cref="CsvDataset"/>), whose label column may be absent.</summary>
/// <param name="FeatureNames">The feature columns' names.</param>
/// <param name="Features">One row of feature values per sample.</param>
/// <param name="Labels">The class name of each sample, or null when the file has no label column.</param>
/// <param name="Lines">The 1-based line of each sample, for messages.</param>
public sealed record CsvTable(string[] FeatureNames, double[][] Features, string[]? Labels, int[] Lines);
