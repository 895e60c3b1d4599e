namespace QuantumML.Classroom.Grading;

/// <summary>How an assignment is graded.</summary>
public sealed record GradingOptions
{
    /// <summary>A time limit for every exercise instead of the assignment's own; null keeps those.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>How many students are graded at once; null for the runtime's engine count.</summary>
    public int? Parallelism { get; init; }

    /// <summary>What a student's code may print while one exercise is checked (messages and state dumps, by count and bytes,
    /// a dump with its dense amplitudes); past it the exercise fails as too much output and the run goes on with the next.</summary>
    public QuantumML.QSharp.OutputLimit OutputLimit { get; init; } = DefaultOutputLimit;

    /// <summary>10,000 messages and dumps, or 4 MiB, per exercise.</summary>
    public static QuantumML.QSharp.OutputLimit DefaultOutputLimit { get; } = new(10_000, 4L << 20);

    /// <summary>Whether the reference solution is graded first and must pass everything (a broken assignment grades nobody).</summary>
    public bool CheckReference { get; init; } = true;
}
