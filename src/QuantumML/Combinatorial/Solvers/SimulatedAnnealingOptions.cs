namespace QuantumML.Combinatorial.Solvers;

/// <summary>Settings of <see cref="SimulatedAnnealing"/>.</summary>
public sealed record SimulatedAnnealingOptions
{
    /// <summary>Sweeps per read (one sweep tries every spin once, in order); range ≥ 1.</summary>
    public int Sweeps { get; init; } = 1000;

    /// <summary>The β range of the geometric schedule; null chooses it from the couplings (<see cref="BetaRange.For"/>).</summary>
    public BetaRange? Betas { get; init; }

    /// <summary>Throws if a setting is out of range.</summary>
    public void Validate()
    {
        if (Sweeps < 1) throw new ArgumentOutOfRangeException(nameof(Sweeps), Sweeps, "must be at least 1");
        Betas?.Validate();
    }
}
