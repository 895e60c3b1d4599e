namespace QuantumML.Eigensolvers;

/// <summary>Settings of <see cref="LanczosSolver"/>.</summary>
public sealed record LanczosOptions
{
    /// <summary>Stop when the bound on the lowest eigenvalue's error, min(r, r²/δ) with r the Ritz residual and δ the gap to the
    /// next Ritz value, is at most this. Range &gt; 0.</summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>The most operator applications in all; the result says whether it converged before. Range ≥ 1.</summary>
    public int MaxIterations { get; init; } = 3000;

    /// <summary>The most Krylov vectors kept (each the size of a state); past it the iteration restarts from the current
    /// Ritz vector, which bounds memory at this many vectors. Range ≥ 2.</summary>
    public int MaxBasisSize { get; init; } = 64;

    /// <summary>The seed of the random start vector.</summary>
    public int Seed { get; init; } = 12345;
}
