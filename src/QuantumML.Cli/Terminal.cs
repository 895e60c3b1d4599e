namespace QuantumML.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, human-readable progress and errors to <see cref="Err"/>.</summary>
/// <remarks>Taken from the invocation, not from <see cref="Console"/>, so that tests can run commands in-process and in parallel.</remarks>
internal sealed record Terminal(TextWriter Out, TextWriter Err);
