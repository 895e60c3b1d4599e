using System.Text.Json.Serialization;
using QuantumML.Persistence;

namespace QuantumML.Preprocessing;

/// <summary>What a fitted transform learnt, as plain data: enough to rebuild it (<see cref="Restore"/>) so that it
/// transforms every row exactly as the original does.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StandardizerState), "standardize")]
[JsonDerivedType(typeof(PcaState), "pca")]
[JsonDerivedType(typeof(MinMaxScalerState), "scale")]
public abstract record TransformState
{
    /// <summary>How many features the transform takes.</summary>
    public abstract int InputCount { get; }

    /// <summary>How many features the transform gives.</summary>
    public abstract int OutputCount { get; }

    /// <summary>The fitted transform; throws <see cref="ModelFileException"/> naming the inconsistent field.</summary>
    public abstract IFeatureTransform Restore();
}

/// <summary>A fitted <see cref="Standardizer"/>.</summary>
/// <param name="Mean">The training mean of each column.</param>
/// <param name="Scale">The divisor of each column.</param>
public sealed record StandardizerState(double[] Mean, double[] Scale) : TransformState
{
    /// <inheritdoc />
    public override int InputCount => Mean.Length;

    /// <inheritdoc />
    public override int OutputCount => Mean.Length;

    /// <inheritdoc />
    public override IFeatureTransform Restore()
    {
        RestoreContext.CheckVector(Mean, Mean.Length, "mean");
        RestoreContext.CheckVector(Scale, Mean.Length, "scale");
        if (Scale.Any(s => s == 0)) throw ModelFileException.At("scale", "holds a zero divisor");
        return Standardizer.FromState(this);
    }
}

/// <summary>A fitted <see cref="Pca"/>.</summary>
/// <param name="Mean">The training mean of each input column.</param>
/// <param name="Directions">The kept principal directions, one row each, by decreasing variance.</param>
public sealed record PcaState(double[] Mean, double[][] Directions) : TransformState
{
    /// <inheritdoc />
    public override int InputCount => Mean.Length;

    /// <inheritdoc />
    public override int OutputCount => Directions.Length;

    /// <inheritdoc />
    public override IFeatureTransform Restore()
    {
        RestoreContext.CheckVector(Mean, Mean.Length, "mean");
        if (Directions.Length == 0) throw ModelFileException.At("directions", "is empty; a PCA keeps at least one direction");
        for (var k = 0; k < Directions.Length; k++) RestoreContext.CheckVector(Directions[k], Mean.Length, $"directions[{k}]");
        return Pca.FromState(this);
    }
}

/// <summary>A fitted <see cref="MinMaxScaler"/>.</summary>
/// <param name="Lower">The image of each column's training minimum.</param>
/// <param name="Upper">The image of each column's training maximum.</param>
/// <param name="Clip">Whether transformed values are clamped to [Lower, Upper].</param>
/// <param name="Min">The training minimum of each column.</param>
/// <param name="Range">The training range (maximum − minimum) of each column.</param>
public sealed record MinMaxScalerState(double Lower, double Upper, bool Clip, double[] Min, double[] Range) : TransformState
{
    /// <inheritdoc />
    public override int InputCount => Min.Length;

    /// <inheritdoc />
    public override int OutputCount => Min.Length;

    /// <inheritdoc />
    public override IFeatureTransform Restore()
    {
        if (!(Lower < Upper)) throw ModelFileException.At("upper", $"is {Upper}, not above lower ({Lower})");
        RestoreContext.CheckVector(Min, Min.Length, "min");
        RestoreContext.CheckVector(Range, Min.Length, "range");
        return MinMaxScaler.FromState(this);
    }
}
