namespace QuantumML.Combinatorial.Solvers;

/// <summary>Settings of <see cref="PopulationAnnealing"/>.</summary>
public sealed record PopulationAnnealingOptions
{
    /// <summary>Replicas in the population; range ≥ 2.</summary>
    public int Population { get; init; } = 64;

    /// <summary>Temperature steps of the geometric schedule; range ≥ 2.</summary>
    public int Steps { get; init; } = 100;

    /// <summary>Metropolis sweeps of every replica after each resampling; range ≥ 1.</summary>
    public int SweepsPerStep { get; init; } = 10;

    /// <summary>The β range of the schedule; null chooses it from the couplings.</summary>
    public BetaRange? Betas { get; init; }

    /// <summary>Throws if a setting is out of range.</summary>
    public void Validate()
    {
        if (Population < 2) throw new ArgumentOutOfRangeException(nameof(Population), Population, "must be at least 2");
        if (Steps < 2) throw new ArgumentOutOfRangeException(nameof(Steps), Steps, "must be at least 2");
        if (SweepsPerStep < 1) throw new ArgumentOutOfRangeException(nameof(SweepsPerStep), SweepsPerStep, "must be at least 1");
        Betas?.Validate();
    }
}
