namespace QuantumML.QSharp.Supervision;

/// <summary>The end of a supervised run; what it emitted on the way went to its <see cref="IRunObserver"/>.</summary>
/// <param name="Outcome">How the run ended.</param>
/// <param name="Seed">The seed of the simulator's random source.</param>
/// <param name="Elapsed">Wall time on the engine.</param>
public sealed record SupervisedRun(SupervisedOutcome Outcome, long Seed, TimeSpan Elapsed)
{
    /// <summary>The value as Q# printed it, when the run completed.</summary>
    public string? Value { get; init; }

    /// <summary>The runtime diagnostics (with the Q# call stack) of a failed run.</summary>
    public IReadOnlyList<QSharpDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>The time limit that passed, for a run that timed out.</summary>
    public TimeSpan? Limit { get; init; }

    /// <summary>What ended the run: the simulator's own error for a run that crashed, the limit passed for one stopped for its
    /// output, the observer's reason for one it stopped.</summary>
    public string? Error { get; init; }

    /// <summary>For a run that crashed: whether the simulator ran out of memory.</summary>
    public bool OutOfMemory { get; init; }
}
