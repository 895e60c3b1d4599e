namespace QuantumML.Combinatorial.Solvers;

/// <summary>Settings of <see cref="TabuSearch"/>.</summary>
public sealed record TabuSearchOptions
{
    /// <summary>Moves per read (one walk from a random start); null: 100·n.</summary>
    public int? Moves { get; init; }

    /// <summary>The fixed part of the tenure (moves during which a flipped spin may not flip back); null: n/10 (on G14,
    /// n/10 reached cut 3061 in 10 s where n/100 stalled at 3027, cycling on the graph's plateaus).</summary>
    public int? Tenure { get; init; }

    /// <summary>A random extra tenure in [0, TenureSpread) drawn per move, which keeps the walk from cycling; range ≥ 1.</summary>
    public int TenureSpread { get; init; } = 10;

    /// <summary>Throws if a setting is out of range.</summary>
    public void Validate()
    {
        if (Moves is < 1) throw new ArgumentOutOfRangeException(nameof(Moves), Moves, "must be at least 1");
        if (Tenure is < 0) throw new ArgumentOutOfRangeException(nameof(Tenure), Tenure, "must be at least 0");
        if (TenureSpread < 1) throw new ArgumentOutOfRangeException(nameof(TenureSpread), TenureSpread, "must be at least 1");
    }
}
