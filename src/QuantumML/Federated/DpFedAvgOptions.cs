namespace QuantumML.Federated;

/// <summary>DP-FedAvg's settings (McMahan, Ramage, Talwar and Zhang, "Learning Differentially Private Recurrent Language
/// Models", ICLR 2018): each client's update is clipped to L2 norm C, the server adds Gaussian noise of standard deviation
/// z·(the largest weighted contribution), and clients take part by Poisson sampling at the federated options' fraction.</summary>
public sealed record DpFedAvgOptions
{
    /// <summary>C, the L2 bound on one client's update (its parameters after local training minus the global ones); range
    /// &gt; 0, +∞ for no clipping (and then no guarantee).</summary>
    public double ClipNorm { get; init; } = 1.0;

    /// <summary>z, the noise's standard deviation over the sensitivity; range ≥ 0 (0: no noise, no guarantee).</summary>
    public double NoiseMultiplier { get; init; } = 1.0;

    /// <summary>δ of the reported (ε, δ); range (0, 1). It should be below 1/(number of clients).</summary>
    public double Delta { get; init; } = 1e-5;

    /// <summary>How the clipped updates are weighted.</summary>
    public ClientWeighting Weighting { get; init; } = ClientWeighting.Uniform;

    /// <summary>Throws when a field is out of range, naming it.</summary>
    public void Validate()
    {
        if (!(ClipNorm > 0)) throw new ArgumentException($"The clipping norm must be positive (+∞ for none); got {ClipNorm}.");
        if (!(NoiseMultiplier >= 0) || double.IsPositiveInfinity(NoiseMultiplier)) throw new ArgumentException($"The noise multiplier must be finite and non-negative; got {NoiseMultiplier}.");
        if (!(Delta > 0 && Delta < 1)) throw new ArgumentException($"δ must lie in (0, 1); got {Delta}.");
        if (double.IsPositiveInfinity(ClipNorm) && NoiseMultiplier > 0)
            throw new ArgumentException("Noise needs a finite clipping norm: without clipping a client's influence, and so the noise's scale, is unbounded.");
    }
}
