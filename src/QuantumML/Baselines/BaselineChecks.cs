using QuantumML.Data;

namespace QuantumML.Baselines;

/// <summary>Argument checks and small numerics shared by the classical baselines.</summary>
internal static class BaselineChecks
{
    public static void CheckTrainingSet(Dataset train)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (train.Count == 0) throw new ArgumentException("The training set is empty.", nameof(train));
        if (train.Labels.Length != train.Count) throw new ArgumentException("The training set has a different number of labels and rows.", nameof(train));
        CheckRows(train.Features, train.Features[0].Length, nameof(train));
        foreach (var label in train.Labels)
            if (label < 0 || label >= train.ClassCount) throw new ArgumentException($"Label {label} is outside 0..{train.ClassCount - 1}.", nameof(train));
    }

    public static void CheckRows(double[][] features, int width, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(features, parameterName);
        foreach (var row in features)
        {
            ArgumentNullException.ThrowIfNull(row, parameterName);
            if (row.Length != width) throw new ArgumentException($"Expected rows of {width} features, found one of {row.Length}.", parameterName);
        }
    }

    /// <summary>exp(v − max v) normalised: the max shift keeps large scores from overflowing.</summary>
    public static double[] Softmax(IReadOnlyList<double> scores)
    {
        var max = scores.Max();
        var exps = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exps.Sum();
        for (var i = 0; i < exps.Length; i++) exps[i] /= sum;
        return exps;
    }

    public static InvalidOperationException NotFitted(string model) => new($"The {model} model has not been fitted.");
}
