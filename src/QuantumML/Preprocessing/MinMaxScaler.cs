namespace QuantumML.Preprocessing;

/// <summary>Maps each column's training range linearly onto [<see cref="Lower"/>, <see cref="Upper"/>], e.g. [0, π] for angle encodings.</summary>
/// <remarks>
/// Values outside the training range map outside the target range unless <see cref="Clip"/> is set
/// (scikit-learn's default is not to clip; angle encodings may prefer clipping so that a test point
/// cannot wrap around the circle). A column constant in training maps to <see cref="Lower"/>.
/// </remarks>
/// <param name="lower">The image of each column's training minimum.</param>
/// <param name="upper">The image of each column's training maximum.</param>
/// <param name="clip">Whether to clamp transformed values into the target range.</param>
public sealed class MinMaxScaler(double lower = 0, double upper = 1, bool clip = false) : IFeatureTransform
{
    private double[]? _min;
    private double[]? _range;

    /// <summary>The target of the training minimum.</summary>
    public double Lower { get; } = lower < upper ? lower : throw new ArgumentException("The lower bound must be below the upper bound.", nameof(lower));

    /// <summary>The target of the training maximum.</summary>
    public double Upper { get; } = upper;

    /// <summary>Whether transformed values are clamped to [Lower, Upper].</summary>
    public bool Clip { get; } = clip;

    /// <inheritdoc />
    public void Fit(double[][] x)
    {
        FeatureTransformExtensions.CheckRows(x, x is { Length: > 0 } ? x[0].Length : null, nameof(x));
        if (x.Length == 0) throw new ArgumentException("Cannot fit on no rows.", nameof(x));
        var d = x[0].Length;
        _min = new double[d];
        _range = new double[d];
        for (var j = 0; j < d; j++)
        {
            _min[j] = x.Min(r => r[j]);
            _range[j] = x.Max(r => r[j]) - _min[j];
        }
    }

    /// <inheritdoc />
    public double[][] Transform(double[][] x)
    {
        if (_min is null || _range is null) throw new InvalidOperationException("The scaler has not been fitted.");
        FeatureTransformExtensions.CheckRows(x, _min.Length, nameof(x));
        var (min, range, width) = (_min, _range, Upper - Lower);
        return x.Select(r => r.Select((v, j) =>
        {
            var t = range[j] > 0 ? Lower + (v - min[j]) / range[j] * width : Lower;
            return Clip ? Math.Clamp(t, Lower, Upper) : t;
        }).ToArray()).ToArray();
    }

    /// <inheritdoc />
    public TransformState ExportState() => _min is null || _range is null
        ? throw new InvalidOperationException("The scaler has not been fitted.")
        : new MinMaxScalerState(Lower, Upper, Clip, [.. _min], [.. _range]);

    /// <summary>A scaler that learnt <paramref name="state"/>.</summary>
    internal static MinMaxScaler FromState(MinMaxScalerState state) =>
        new(state.Lower, state.Upper, state.Clip) { _min = [.. state.Min], _range = [.. state.Range] };
}
