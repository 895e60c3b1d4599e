using QuantumML.Metrics;

namespace QuantumML.Tests.Metrics;

public sealed class ClassificationMetricsTests
{
    // 3 classes, 8 samples. True counts 3/3/2. Per class: c0 TP2 FP1 FN1; c1 TP1 FP1 FN2; c2 TP2 FP1 FN0.
    private static readonly int[] YTrue = [0, 0, 0, 1, 1, 1, 2, 2];
    private static readonly int[] YPred = [0, 0, 1, 1, 2, 0, 2, 2];

    [Fact]
    public void AccuracyCountsMatches() => Assert.Equal(5 / 8.0, ClassificationMetrics.Accuracy(YTrue, YPred), 12);

    [Fact]
    public void BalancedAccuracyAveragesRecalls() =>
        Assert.Equal((2 / 3.0 + 1 / 3.0 + 1.0) / 3, ClassificationMetrics.BalancedAccuracy(YTrue, YPred), 12);

    [Fact]
    public void MacroF1AveragesPerClassF1()
    {
        // F1 = 2TP / (2TP + FP + FN): 4/6, 2/5, 4/5.
        Assert.Equal((4 / 6.0 + 2 / 5.0 + 4 / 5.0) / 3, ClassificationMetrics.MacroF1(YTrue, YPred), 12);
        Assert.Equal(0, ClassificationMetrics.MacroF1([0, 0], [1, 1]));
    }

    [Fact]
    public void ConfusionMatrixHasTrueRowsAndPredictedColumns()
    {
        var m = ClassificationMetrics.ConfusionMatrix(YTrue, YPred);
        Assert.Equal(new[,] { { 2, 1, 0 }, { 1, 1, 1 }, { 0, 0, 2 } }, m);
        Assert.Equal(4, ClassificationMetrics.ConfusionMatrix([0], [0], 4).GetLength(0));
    }

    [Fact]
    public void LogLossIsMeanNegativeLogOfTheTrueClassAndClipped()
    {
        double[][] p = [[0.8, 0.2], [0.4, 0.6], [0.0, 1.0]];
        var expected = -(Math.Log(0.8) + Math.Log(0.6) + Math.Log(1e-15)) / 3;
        Assert.Equal(expected, ClassificationMetrics.LogLoss([0, 1, 0], p), 12);
    }

    [Fact]
    public void BinaryAucCountsOrderedPairsWithTiesAsHalf()
    {
        // Positives score 0.9, 0.5, 0.3; negatives 0.5, 0.2. Pairs (pos > neg): 0.9 beats both (2), 0.5 ties 0.5 (½) and
        // beats 0.2 (1), 0.3 beats 0.2 (1): 4.5 of 6.
        bool[] positive = [true, true, true, false, false];
        double[] scores = [0.9, 0.5, 0.3, 0.5, 0.2];
        Assert.Equal(4.5 / 6, ClassificationMetrics.BinaryRocAuc(positive, scores), 12);
        Assert.Equal(0.5, ClassificationMetrics.BinaryRocAuc([true, false], [0.3, 0.3]), 12);
        Assert.Throws<ArgumentException>(() => ClassificationMetrics.BinaryRocAuc([true, true], [0.1, 0.2]));
    }

    [Fact]
    public void AucUsesColumnOneForBinaryAndMacroOneVsRestOtherwise()
    {
        Assert.Equal(1.0, ClassificationMetrics.RocAuc([0, 1, 1], [[0.9, 0.1], [0.3, 0.7], [0.4, 0.6]]), 12);
        double[][] p = [[0.6, 0.3, 0.1], [0.2, 0.5, 0.3], [0.5, 0.1, 0.4], [0.1, 0.2, 0.7]];
        int[] y = [0, 1, 2, 2];
        // Class 0: positive 0.6 vs negatives 0.2, 0.5, 0.1 → 1. Class 1: 0.5 vs 0.3, 0.1, 0.2 → 1.
        // Class 2: positives 0.4, 0.7 vs negatives 0.1, 0.3 → 1. Make one imperfect by swapping class 2's score:
        Assert.Equal(1.0, ClassificationMetrics.RocAuc(y, p), 12);
        p[2] = [0.5, 0.3, 0.2];
        // Class 1 now: 0.5 vs 0.3, 0.3, 0.2 → 1; class 2: positives 0.2, 0.7 vs negatives 0.1, 0.3 → 3/4.
        Assert.Equal((1 + 1 + 0.75) / 3, ClassificationMetrics.RocAuc(y, p), 12);
    }
}
