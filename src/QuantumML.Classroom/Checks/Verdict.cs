namespace QuantumML.Classroom.Checks;

/// <summary>What a check concluded about an exercise.</summary>
/// <param name="Passed">Whether every input passed.</param>
/// <param name="Message">For a failure: what failed and on which input.</param>
internal sealed record Verdict(bool Passed, string Message)
{
    /// <summary>Every input passed.</summary>
    public static Verdict Pass { get; } = new(true, "");

    /// <summary>A failure.</summary>
    public static Verdict Fail(string message) => new(false, message);
}
