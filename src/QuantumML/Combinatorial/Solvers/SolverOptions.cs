namespace QuantumML.Combinatorial.Solvers;

/// <summary>What every solver takes: seed, budget, threads and an optional target.</summary>
/// <remarks>A solver runs independent reads (restarts, trajectories, populations), each seeded from
/// (<see cref="Seed"/>, read number), until <see cref="Reads"/> are done, <see cref="TimeLimit"/> passes, the target is
/// reached or the token is cancelled. With neither reads nor a time limit, it runs <see cref="DefaultReads"/> reads.
/// The length of one read (sweeps, steps, moves) is the solver's own setting.</remarks>
public sealed record SolverOptions
{
    /// <summary>Reads run when neither <see cref="Reads"/> nor <see cref="TimeLimit"/> is given.</summary>
    public const int DefaultReads = 16;

    /// <summary>The seed; the same seed and read count give the same result on any number of threads.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Stop after this many reads; range ≥ 1; null for no limit.</summary>
    public int? Reads { get; init; }

    /// <summary>Stop starting reads after this long, and cut the running ones short; null for no limit.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Worker threads; range ≥ 1.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>An energy to reach: the search stops once an assignment with E ≤ target is found, and time-to-solution counts
    /// the reads that reach it. Null: no early stop, and time-to-solution counts reads reaching the best energy found.</summary>
    public double? TargetEnergy { get; init; }

    /// <summary>Whether reaching <see cref="TargetEnergy"/> stops the search (false keeps going, to estimate the success rate).</summary>
    public bool StopAtTarget { get; init; } = true;

    /// <summary>Throws if a setting is out of range.</summary>
    public void Validate()
    {
        if (Reads is < 1) throw new ArgumentOutOfRangeException(nameof(Reads), Reads, "must be at least 1");
        if (TimeLimit is { } t && t <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(TimeLimit), t, "must be positive");
        if (Threads < 1) throw new ArgumentOutOfRangeException(nameof(Threads), Threads, "must be at least 1");
        if (TargetEnergy is { } e && !double.IsFinite(e)) throw new ArgumentOutOfRangeException(nameof(TargetEnergy), e, "must be finite");
    }
}
