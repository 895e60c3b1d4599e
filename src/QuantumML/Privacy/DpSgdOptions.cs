namespace QuantumML.Privacy;

/// <summary>DP-SGD's settings (Abadi et al., "Deep Learning with Differential Privacy", CCS 2016): the per-example clipping
/// norm, the noise multiplier and δ; batches, epochs, optimizer and step size come from the model's training options.</summary>
public sealed record DpSgdOptions
{
    /// <summary>C, the L2 bound on one example's gradient; range &gt; 0.</summary>
    public double ClipNorm { get; init; } = 1.0;

    /// <summary>z, the noise's standard deviation over C; range ≥ 0 (0: no noise, no guarantee).</summary>
    public double NoiseMultiplier { get; init; } = 1.0;

    /// <summary>δ of the reported (ε, δ); range (0, 1). It should be below 1/(training set size).</summary>
    public double Delta { get; init; } = 1e-5;

    /// <summary>Throws when a field is out of range, naming it.</summary>
    public void Validate()
    {
        if (!(ClipNorm > 0) || double.IsPositiveInfinity(ClipNorm)) throw new ArgumentException($"DP-SGD's clipping norm must be positive and finite; got {ClipNorm}.");
        if (!(NoiseMultiplier >= 0) || double.IsPositiveInfinity(NoiseMultiplier)) throw new ArgumentException($"The noise multiplier must be finite and non-negative; got {NoiseMultiplier}.");
        if (!(Delta > 0 && Delta < 1)) throw new ArgumentException($"δ must lie in (0, 1); got {Delta}.");
    }
}
