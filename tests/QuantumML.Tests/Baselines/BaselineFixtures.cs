using QuantumML.Data;
using QuantumML.Metrics;
using QuantumML.Models;
using QuantumML.Preprocessing;

namespace QuantumML.Tests.Baselines;

internal static class BaselineFixtures
{
    /// <summary>Two well separated Gaussian blobs in 3-D: linearly separable by construction.</summary>
    public static Dataset Separable() => SyntheticData.Blobs(120, 2, 3, 0.5, new Random(4));

    public static async Task<double> AccuracyAsync(IClassifier model, Dataset data)
    {
        var predicted = await model.PredictAsync(data.Features);
        return ClassificationMetrics.Accuracy(data.Labels, predicted);
    }

    /// <summary>A CSV dataset standardised on a 70/30 stratified split (seed 1).</summary>
    public static (Dataset Train, Dataset Test) StandardizedSplit(string file)
    {
        var (train, test) = Split.Stratified(RepositoryData.Load(file), 0.3, new Random(1));
        var scaler = new Standardizer();
        scaler.Fit(train.Features);
        return (train.WithFeatures(scaler.Transform(train.Features)), test.WithFeatures(scaler.Transform(test.Features)));
    }

    public static void AssertProbabilityRows(double[][] probabilities, int classes)
    {
        Assert.All(probabilities, row =>
        {
            Assert.Equal(classes, row.Length);
            Assert.All(row, p => Assert.InRange(p, 0, 1));
            Assert.Equal(1, row.Sum(), 10);
        });
    }
}
