namespace QuantumML.Metrics;

/// <summary>Scores of predicted labels or class probabilities against true labels (labels are 0-based class indices).</summary>
public static class ClassificationMetrics
{
    /// <summary>Probabilities are clipped to [Epsilon, 1 − Epsilon] in <see cref="LogLoss"/> so that one confident mistake costs a finite amount.</summary>
    public const double Epsilon = 1e-15;

    /// <summary>The fraction of samples predicted correctly.</summary>
    public static double Accuracy(int[] yTrue, int[] yPred)
    {
        CheckPair(yTrue, yPred);
        return (double)yTrue.Zip(yPred).Count(p => p.First == p.Second) / yTrue.Length;
    }

    /// <summary>The mean over classes present in <paramref name="yTrue"/> of each class's recall (robust to imbalance).</summary>
    public static double BalancedAccuracy(int[] yTrue, int[] yPred)
    {
        CheckPair(yTrue, yPred);
        return yTrue.Distinct().Average(c =>
        {
            var members = Enumerable.Range(0, yTrue.Length).Where(i => yTrue[i] == c).ToArray();
            return (double)members.Count(i => yPred[i] == c) / members.Length;
        });
    }

    /// <summary>The unweighted mean of per-class F1 over the classes present in either array; a class never predicted correctly scores 0.</summary>
    public static double MacroF1(int[] yTrue, int[] yPred)
    {
        CheckPair(yTrue, yPred);
        return yTrue.Union(yPred).Average(c =>
        {
            var truePositives = yTrue.Zip(yPred).Count(p => p.First == c && p.Second == c);
            var actual = yTrue.Count(l => l == c);
            var predicted = yPred.Count(l => l == c);
            // F1 = 2TP / (2TP + FP + FN), which is 0 (not undefined) when TP = 0 and the class occurs.
            return 2.0 * truePositives / (actual + predicted);
        });
    }

    /// <summary>Counts by true class (rows) and predicted class (columns); <paramref name="classCount"/> defaults to the largest label + 1.</summary>
    public static int[,] ConfusionMatrix(int[] yTrue, int[] yPred, int? classCount = null)
    {
        CheckPair(yTrue, yPred);
        var k = classCount ?? Math.Max(yTrue.Max(), yPred.Max()) + 1;
        var counts = new int[k, k];
        for (var i = 0; i < yTrue.Length; i++)
        {
            if (yTrue[i] < 0 || yTrue[i] >= k || yPred[i] < 0 || yPred[i] >= k)
                throw new ArgumentException($"Sample {i} has a label outside 0..{k - 1}.", nameof(yTrue));
            counts[yTrue[i], yPred[i]]++;
        }
        return counts;
    }

    /// <summary>The mean negative log-probability of the true class, with probabilities clipped to [1e-15, 1 − 1e-15].</summary>
    public static double LogLoss(int[] yTrue, double[][] probabilities)
    {
        CheckProbabilities(yTrue, probabilities);
        return yTrue.Select((c, i) => -Math.Log(Math.Clamp(probabilities[i][c], Epsilon, 1 - Epsilon))).Average();
    }

    /// <summary>
    /// Area under the ROC curve. Binary (two columns): the AUC of column 1's score for class 1. More classes:
    /// the unweighted mean of each class's one-vs-rest AUC.
    /// </summary>
    /// <exception cref="ArgumentException">A class has no positive or no negative sample, so its AUC is undefined.</exception>
    public static double RocAuc(int[] yTrue, double[][] probabilities)
    {
        CheckProbabilities(yTrue, probabilities);
        var k = probabilities[0].Length;
        if (k == 2) return BinaryRocAuc(yTrue.Select(l => l == 1).ToArray(), probabilities.Select(p => p[1]).ToArray());
        return Enumerable.Range(0, k).Average(c =>
            BinaryRocAuc(yTrue.Select(l => l == c).ToArray(), probabilities.Select(p => p[c]).ToArray()));
    }

    /// <summary>
    /// The probability that a random positive scores above a random negative, ties counting one half: the
    /// Mann-Whitney U statistic from mid-ranks, divided by (positives · negatives).
    /// </summary>
    public static double BinaryRocAuc(bool[] positive, double[] scores)
    {
        ArgumentNullException.ThrowIfNull(positive);
        ArgumentNullException.ThrowIfNull(scores);
        if (positive.Length != scores.Length) throw new ArgumentException("Labels and scores differ in length.", nameof(scores));
        long positives = positive.Count(p => p), negatives = positive.Length - positives;
        if (positives == 0 || negatives == 0) throw new ArgumentException("ROC AUC needs at least one positive and one negative sample.", nameof(positive));
        var order = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).ToArray();
        double positiveRankSum = 0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]]) end++;
            var midRank = (start + end) / 2.0 + 1;   // tied scores share the mean of their 1-based ranks
            for (var t = start; t <= end; t++)
                if (positive[order[t]]) positiveRankSum += midRank;
            start = end + 1;
        }
        var u = positiveRankSum - positives * (positives + 1) / 2.0;
        return u / (positives * (double)negatives);
    }

    private static void CheckPair(int[] yTrue, int[] yPred)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Length != yPred.Length) throw new ArgumentException($"{yTrue.Length} true labels but {yPred.Length} predictions.", nameof(yPred));
        if (yTrue.Length == 0) throw new ArgumentException("No samples to score.", nameof(yTrue));
    }

    private static void CheckProbabilities(int[] yTrue, double[][] probabilities)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (yTrue.Length != probabilities.Length) throw new ArgumentException($"{yTrue.Length} true labels but {probabilities.Length} probability rows.", nameof(probabilities));
        if (yTrue.Length == 0) throw new ArgumentException("No samples to score.", nameof(yTrue));
        var k = probabilities[0].Length;
        for (var i = 0; i < yTrue.Length; i++)
        {
            if (probabilities[i].Length != k) throw new ArgumentException("Probability rows differ in length.", nameof(probabilities));
            if (yTrue[i] < 0 || yTrue[i] >= k) throw new ArgumentException($"Label {yTrue[i]} has no probability column.", nameof(yTrue));
        }
    }
}
