using MathNet.Numerics.Distributions;

namespace QuantumML.Privacy;

/// <summary>Independent N(0, σ²) noise on every coordinate, drawn from a seeded <see cref="Random"/> (MathNet's normal
/// sampler), so that a private run is reproducible from its seed.</summary>
public static class GaussianNoise
{
    /// <summary>Adds N(0, <paramref name="standardDeviation"/>²) to each entry of <paramref name="v"/>; nothing when σ = 0.</summary>
    public static void AddTo(Span<double> v, double standardDeviation, Random random)
    {
        if (!(standardDeviation >= 0) || double.IsPositiveInfinity(standardDeviation))
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, "The noise's standard deviation must be finite and non-negative.");
        if (standardDeviation == 0) return;
        for (var i = 0; i < v.Length; i++) v[i] += Normal.Sample(random, 0, standardDeviation);
    }
}
