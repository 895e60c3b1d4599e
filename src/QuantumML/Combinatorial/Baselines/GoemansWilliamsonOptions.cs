namespace QuantumML.Combinatorial.Baselines;

/// <summary>Settings of <see cref="GoemansWilliamson"/>.</summary>
public sealed record GoemansWilliamsonOptions
{
    /// <summary>The rank k of the Burer-Monteiro factor (vectors in ℝ^k); null: ⌈√(2N)⌉ + 1, N the number of vectors,
    /// enough for the factorization to have no spurious local minima (Boumal, Voroninski, Bandeira 2016).</summary>
    public int? Rank { get; init; }

    /// <summary>L-BFGS iterations for the relaxation; range ≥ 1.</summary>
    public int MaxIterations { get; init; } = 2000;

    /// <summary>L-BFGS stops when the gradient norm falls below this.</summary>
    public double GradientTolerance { get; init; } = 1e-6;

    /// <summary>Random hyperplanes when the solver options set neither reads nor a time limit; range ≥ 1.</summary>
    public int Hyperplanes { get; init; } = 1000;

    /// <summary>The share of a time limit the relaxation may use; rounding gets the rest.</summary>
    public double RelaxationShare { get; init; } = 0.8;

    /// <summary>Throws if a setting is out of range.</summary>
    public void Validate()
    {
        if (Rank is < 1) throw new ArgumentOutOfRangeException(nameof(Rank), Rank, "must be at least 1");
        if (MaxIterations < 1) throw new ArgumentOutOfRangeException(nameof(MaxIterations), MaxIterations, "must be at least 1");
        if (Hyperplanes < 1) throw new ArgumentOutOfRangeException(nameof(Hyperplanes), Hyperplanes, "must be at least 1");
        if (!(RelaxationShare is > 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(RelaxationShare), RelaxationShare, "must be in (0, 1]");
    }
}
