namespace QuantumML.QSharp.Katas;

/// <summary>One thing the checker printed while verifying a solution, in the order it printed them.</summary>
public abstract record ExerciseOutput;

/// <summary>A <c>Message(...)</c> of the checker (or of the solution).</summary>
/// <param name="Text">The message.</param>
public sealed record ExerciseMessage(string Text) : ExerciseOutput;

/// <summary>A state the checker dumped, such as the expected and the actual state of a failing case.</summary>
/// <param name="State">The dumped state.</param>
public sealed record ExerciseStateDump(StateDump State) : ExerciseOutput;
