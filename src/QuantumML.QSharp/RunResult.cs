namespace QuantumML.QSharp;

/// <summary>The outcome of running one Q# expression: one result per shot, and the seed that made them.</summary>
/// <param name="Expression">The expression that ran.</param>
/// <param name="Seed">The seed of the simulator's random source; running again with it repeats every outcome.
/// Null for a run with <see cref="RunOptions.Reproducible"/> false, whose outcomes no seed repeats.</param>
/// <param name="Shots">One result per shot, in order.</param>
/// <param name="Elapsed">Wall time of the run inside the engine (compile and simulate), excluding queueing.</param>
public sealed record RunResult(string Expression, long? Seed, IReadOnlyList<ShotResult> Shots, TimeSpan Elapsed)
{
    /// <summary>The single shot's result; throws when there were several.</summary>
    public ShotResult SingleShot => Shots.Count == 1
        ? Shots[0]
        : throw new InvalidOperationException($"The run has {Shots.Count} shots, not one.");

    /// <summary>With <see cref="RunOptions.TypedValues"/>: the expression's Q# type as the compiler writes it (<c>(Int, String)</c>),
    /// when it could be learned.</summary>
    public string? Type { get; init; }

    /// <summary>For a run that was stopped (its time or output limit): the messages and dumps of the shot it was in; null otherwise.</summary>
    public ShotResult? Unfinished { get; init; }

    /// <summary>Every dump of every shot, in order.</summary>
    public IEnumerable<StateDump> AllDumps => Shots.SelectMany(s => s.Dumps);

    /// <summary>How often each printed result occurred, most frequent first (ties by text).</summary>
    /// <remarks>A failed shot counts under its error's first line, such as <c>failed: program failed: boom</c>.</remarks>
    public IReadOnlyList<(string Text, int Count)> Histogram() =>
        Shots.GroupBy(s => s.Succeeded ? s.Text : "failed: " + s.Errors[0].Message.Split('\n')[0].Replace("runtime error: ", "", StringComparison.Ordinal), StringComparer.Ordinal)
             .Select(g => (g.Key, g.Count()))
             .OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal)
             .ToList();
}
