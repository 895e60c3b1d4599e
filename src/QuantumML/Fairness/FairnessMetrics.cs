namespace QuantumML.Fairness;

/// <summary>Group fairness of predicted labels, as Fairlearn defines it: rates per group of a sensitive feature and the
/// largest gap between groups. Labels are class indices; one class is the favourable ("positive") outcome.</summary>
/// <remarks>A rate undefined in a group (no samples, or no positives for the true-positive rate) is NaN there, and the
/// differences leave that group out; with fewer than two groups left a difference is NaN.</remarks>
public static class FairnessMetrics
{
    /// <summary>The fraction of predictions that are <paramref name="positiveClass"/> (NaN for none); <paramref name="yTrue"/> only
    /// fixes the length, so that every metric here has the same shape.</summary>
    public static double SelectionRate(int[] yTrue, int[] yPred, int positiveClass = 1)
    {
        Check(yTrue, yPred);
        return yPred.Length == 0 ? double.NaN : (double)yPred.Count(p => p == positiveClass) / yPred.Length;
    }

    /// <summary>P(ŷ = positive | y = positive), the recall of the positive class (NaN without positives).</summary>
    public static double TruePositiveRate(int[] yTrue, int[] yPred, int positiveClass = 1) => RateAmong(yTrue, yPred, positiveClass, y => y == positiveClass);

    /// <summary>P(ŷ = positive | y ≠ positive) (NaN without negatives).</summary>
    public static double FalsePositiveRate(int[] yTrue, int[] yPred, int positiveClass = 1) => RateAmong(yTrue, yPred, positiveClass, y => y != positiveClass);

    /// <summary>The largest minus the smallest selection rate over the groups (Fairlearn's demographic_parity_difference); 0 is parity.</summary>
    public static double DemographicParityDifference(int[] yTrue, int[] yPred, SensitiveFeature groups, int positiveClass = 1) =>
        Spread(PerGroup(yTrue, yPred, groups, (t, p) => SelectionRate(t, p, positiveClass)));

    /// <summary>The smallest over the largest selection rate over the groups (the "80% rule" compares it with 0.8); 1 is parity.</summary>
    public static double DemographicParityRatio(int[] yTrue, int[] yPred, SensitiveFeature groups, int positiveClass = 1)
    {
        var rates = PerGroup(yTrue, yPred, groups, (t, p) => SelectionRate(t, p, positiveClass)).Where(double.IsFinite).ToArray();
        return rates.Length < 2 ? double.NaN : rates.Max() == 0 ? 1 : rates.Min() / rates.Max();
    }

    /// <summary>The larger of the true-positive-rate and false-positive-rate spreads over the groups (Fairlearn's
    /// equalized_odds_difference); 0 means errors do not depend on the group.</summary>
    public static double EqualizedOddsDifference(int[] yTrue, int[] yPred, SensitiveFeature groups, int positiveClass = 1)
    {
        var tpr = Spread(PerGroup(yTrue, yPred, groups, (t, p) => TruePositiveRate(t, p, positiveClass)));
        var fpr = Spread(PerGroup(yTrue, yPred, groups, (t, p) => FalsePositiveRate(t, p, positiveClass)));
        return double.IsNaN(tpr) || double.IsNaN(fpr) ? double.NaN : Math.Max(tpr, fpr);
    }

    /// <summary>The signed selection-rate gap, group <paramref name="groupA"/>'s rate minus group <paramref name="groupB"/>'s:
    /// unlike the (never negative) difference, its sign says who is favoured, and it averages to 0 over seeds without bias.</summary>
    public static double SelectionRateGap(int[] yTrue, int[] yPred, SensitiveFeature groups, int groupA, int groupB, int positiveClass = 1)
    {
        var rates = PerGroup(yTrue, yPred, groups, (t, p) => SelectionRate(t, p, positiveClass));
        return rates[groupA] - rates[groupB];
    }

    /// <summary><paramref name="metric"/> on each group's samples, by group index (NaN for an empty group).</summary>
    public static double[] PerGroup(int[] yTrue, int[] yPred, SensitiveFeature groups, Func<int[], int[], double> metric)
    {
        Check(yTrue, yPred);
        if (groups.Groups.Length != yTrue.Length)
            throw new ArgumentException($"{groups.Groups.Length} group memberships for {yTrue.Length} samples.", nameof(groups));
        var result = new double[groups.GroupCount];
        for (var g = 0; g < result.Length; g++)
        {
            var members = Enumerable.Range(0, yTrue.Length).Where(i => groups.Groups[i] == g).ToArray();
            result[g] = members.Length == 0 ? double.NaN : metric(members.Select(i => yTrue[i]).ToArray(), members.Select(i => yPred[i]).ToArray());
        }
        return result;
    }

    /// <summary>Max − min over the finite values, NaN with fewer than two.</summary>
    internal static double Spread(IEnumerable<double> values)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        return finite.Length < 2 ? double.NaN : finite.Max() - finite.Min();
    }

    private static double RateAmong(int[] yTrue, int[] yPred, int positiveClass, Func<int, bool> condition)
    {
        Check(yTrue, yPred);
        var (n, hits) = (0, 0);
        for (var i = 0; i < yTrue.Length; i++)
        {
            if (!condition(yTrue[i])) continue;
            n++;
            if (yPred[i] == positiveClass) hits++;
        }
        return n == 0 ? double.NaN : (double)hits / n;
    }

    private static void Check(int[] yTrue, int[] yPred)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(yPred);
        if (yTrue.Length != yPred.Length) throw new ArgumentException($"{yTrue.Length} true labels but {yPred.Length} predictions.", nameof(yPred));
    }
}
