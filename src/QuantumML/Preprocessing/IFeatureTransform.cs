namespace QuantumML.Preprocessing;

/// <summary>A feature transform learnt from training rows and then applied unchanged to any rows (train or test).</summary>
public interface IFeatureTransform
{
    /// <summary>Learns the transform's parameters from training rows.</summary>
    void Fit(double[][] x);

    /// <summary>Applies the fitted transform; throws <see cref="InvalidOperationException"/> before <see cref="Fit"/>.</summary>
    double[][] Transform(double[][] x);

    /// <summary>What the fit learnt, to save with a trained model; throws <see cref="InvalidOperationException"/> before <see cref="Fit"/>.</summary>
    TransformState ExportState();
}

/// <summary>Conveniences shared by every transform.</summary>
public static class FeatureTransformExtensions
{
    /// <summary>Fits on <paramref name="x"/> and returns its transform.</summary>
    public static double[][] FitTransform(this IFeatureTransform transform, double[][] x)
    {
        ArgumentNullException.ThrowIfNull(transform);
        transform.Fit(x);
        return transform.Transform(x);
    }

    internal static void CheckRows(double[][] x, int? columns, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(x, parameterName);
        foreach (var row in x)
        {
            ArgumentNullException.ThrowIfNull(row, parameterName);
            if (columns is { } c && row.Length != c)
                throw new ArgumentException($"Expected rows of {c} features, found one of {row.Length}.", parameterName);
        }
    }
}
