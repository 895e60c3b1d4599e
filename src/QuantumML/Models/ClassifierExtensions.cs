namespace QuantumML.Models;

/// <summary>Predictions derived from probabilities, the same for every model.</summary>
public static class ClassifierExtensions
{
    /// <summary>The most probable class of each sample (ties go to the lower label).</summary>
    public static async Task<int[]> PredictAsync(this IClassifier model, double[][] features, CancellationToken cancellationToken = default)
    {
        var probabilities = await model.PredictProbabilitiesAsync(features, cancellationToken).ConfigureAwait(false);
        return probabilities.Select(ArgMax).ToArray();
    }

    /// <summary>The index of the largest value (the first one on ties).</summary>
    public static int ArgMax(double[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
            if (values[i] > values[best]) best = i;
        return best;
    }
}
