using MathNet.Numerics.LinearAlgebra;

namespace QuantumML.Preprocessing;

/// <summary>Principal component analysis by the SVD of the centred training matrix (MathNet), keeping <see cref="Components"/> directions.</summary>
/// <remarks>
/// Each component's sign is fixed so that its largest-magnitude coefficient is positive, because the SVD's
/// signs are arbitrary and results must not depend on the linear-algebra provider.
/// </remarks>
public sealed class Pca : IFeatureTransform
{
    private double[]? _mean;
    private Matrix<double>? _axes;   // k × d, one principal direction per row

    /// <summary>Creates a PCA keeping <paramref name="components"/> directions.</summary>
    public Pca(int components)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(components, 1);
        Components = components;
    }

    /// <summary>The number of directions kept.</summary>
    public int Components { get; }

    /// <summary>The principal directions (unit vectors in feature space), by decreasing variance.</summary>
    public IReadOnlyList<double[]> Directions => (_axes ?? throw NotFitted()).EnumerateRows().Select(r => r.ToArray()).ToArray();

    /// <summary>The training variance along each kept direction (sample variance, divisor n − 1).</summary>
    public IReadOnlyList<double> ExplainedVariance { get; private set; } = [];

    /// <summary>The fraction of the total training variance along each kept direction.</summary>
    public IReadOnlyList<double> ExplainedVarianceRatio { get; private set; } = [];

    /// <inheritdoc />
    public void Fit(double[][] x)
    {
        FeatureTransformExtensions.CheckRows(x, x is { Length: > 0 } ? x[0].Length : null, nameof(x));
        if (x.Length < 2) throw new ArgumentException("PCA needs at least two rows.", nameof(x));
        var d = x[0].Length;
        if (Components > Math.Min(x.Length, d))
            throw new ArgumentException($"Cannot keep {Components} components of {x.Length} rows with {d} features.", nameof(x));
        var data = Matrix<double>.Build.DenseOfRowArrays(x);
        var mean = data.ColumnSums() / x.Length;
        var centred = data - Matrix<double>.Build.Dense(x.Length, d, (_, j) => mean[j]);
        var svd = centred.Svd(computeVectors: true);
        var axes = svd.VT.SubMatrix(0, Components, 0, d);
        for (var k = 0; k < Components; k++)
        {
            var row = axes.Row(k);
            if (row[row.AbsoluteMaximumIndex()] < 0) axes.SetRow(k, -row);
        }
        var squares = svd.S.PointwisePower(2);
        var total = squares.Sum();
        _mean = mean.ToArray();
        _axes = axes;
        ExplainedVariance = squares.Take(Components).Select(s => s / (x.Length - 1)).ToArray();
        ExplainedVarianceRatio = squares.Take(Components).Select(s => total > 0 ? s / total : 0).ToArray();
    }

    /// <inheritdoc />
    public double[][] Transform(double[][] x)
    {
        if (_mean is null || _axes is null) throw NotFitted();
        FeatureTransformExtensions.CheckRows(x, _mean.Length, nameof(x));
        if (x.Length == 0) return [];
        var mean = _mean;
        var centred = Matrix<double>.Build.DenseOfRowArrays(x.Select(r => r.Select((v, j) => v - mean[j]).ToArray()));
        return (centred * _axes.Transpose()).ToRowArrays();
    }

    /// <inheritdoc />
    public TransformState ExportState() => new PcaState(_mean?.ToArray() ?? throw NotFitted(), [.. Directions]);

    /// <summary>A PCA that learnt <paramref name="state"/> (its explained variances are not kept).</summary>
    internal static Pca FromState(PcaState state) => new(state.Directions.Length)
    {
        _mean = [.. state.Mean],
        _axes = Matrix<double>.Build.DenseOfRowArrays(state.Directions),
    };

    private static InvalidOperationException NotFitted() => new("The PCA has not been fitted.");
}
