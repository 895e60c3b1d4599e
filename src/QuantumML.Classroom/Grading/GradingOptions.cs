namespace QuantumML.Classroom.Grading;

/// <summary>How an assignment is graded.</summary>
public sealed record GradingOptions
{
    /// <summary>A time limit for every exercise instead of the assignment's own; null keeps those.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>How many students are graded at once; null for the runtime's engine count.</summary>
    public int? Parallelism { get; init; }

    /// <summary>Whether the reference solution is graded first and must pass everything (a broken assignment grades nobody).</summary>
    public bool CheckReference { get; init; } = true;
}
