namespace QuantumML.Preprocessing;

/// <summary>Centres each column on its training mean and divides by its training standard deviation (population, ddof = 0, as scikit-learn).</summary>
/// <remarks>A column that is constant in training keeps scale 1, so it maps to 0 instead of dividing by zero.</remarks>
public sealed class Standardizer : IFeatureTransform
{
    private double[]? _mean;
    private double[]? _scale;

    /// <summary>The training mean of each column.</summary>
    public IReadOnlyList<double> Mean => _mean ?? throw NotFitted();

    /// <summary>The divisor of each column (its standard deviation, or 1 for a constant column).</summary>
    public IReadOnlyList<double> Scale => _scale ?? throw NotFitted();

    /// <inheritdoc />
    public void Fit(double[][] x)
    {
        FeatureTransformExtensions.CheckRows(x, x is { Length: > 0 } ? x[0].Length : null, nameof(x));
        if (x.Length == 0) throw new ArgumentException("Cannot fit on no rows.", nameof(x));
        var d = x[0].Length;
        _mean = new double[d];
        _scale = new double[d];
        for (var j = 0; j < d; j++)
        {
            var mean = x.Average(r => r[j]);
            var variance = x.Average(r => (r[j] - mean) * (r[j] - mean));
            _mean[j] = mean;
            _scale[j] = variance > 1e-24 * Math.Max(1, mean * mean) ? Math.Sqrt(variance) : 1;
        }
    }

    /// <inheritdoc />
    public double[][] Transform(double[][] x)
    {
        if (_mean is null || _scale is null) throw NotFitted();
        FeatureTransformExtensions.CheckRows(x, _mean.Length, nameof(x));
        var mean = _mean;
        var scale = _scale;
        return x.Select(r => r.Select((v, j) => (v - mean[j]) / scale[j]).ToArray()).ToArray();
    }

    /// <inheritdoc />
    public TransformState ExportState() => new StandardizerState([.. Mean], [.. Scale]);

    /// <summary>A standardizer that learnt <paramref name="state"/>.</summary>
    internal static Standardizer FromState(StandardizerState state) => new() { _mean = [.. state.Mean], _scale = [.. state.Scale] };

    private static InvalidOperationException NotFitted() => new("The standardizer has not been fitted.");
}
