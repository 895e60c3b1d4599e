namespace QuantumML.Combinatorial.Solvers;

/// <summary>Settings of <see cref="ParallelTempering"/>.</summary>
public sealed record ParallelTemperingOptions
{
    /// <summary>Replicas, one per temperature; range ≥ 2.</summary>
    public int Replicas { get; init; } = 32;

    /// <summary>Sweeps of every replica per read, each followed by exchange attempts; range ≥ 1. The defaults (32 × 20000)
    /// found the best-known cuts of G14, G15 and G22 within 10 s on 2 cores, where 16 × 2000 stopped 0.1% short.</summary>
    public int Sweeps { get; init; } = 20_000;

    /// <summary>The temperatures are geometric over this β range; null chooses it from the couplings.</summary>
    public BetaRange? Betas { get; init; }

    /// <summary>Throws if a setting is out of range.</summary>
    public void Validate()
    {
        if (Replicas < 2) throw new ArgumentOutOfRangeException(nameof(Replicas), Replicas, "must be at least 2");
        if (Sweeps < 1) throw new ArgumentOutOfRangeException(nameof(Sweeps), Sweeps, "must be at least 1");
        Betas?.Validate();
    }
}
