namespace QuantumML.QSharp;

/// <summary>One Q# source file: its path as diagnostics name it, and its text.</summary>
/// <param name="Path">The path relative to the project folder (for example <c>src/Encodings.qs</c>), with forward slashes.</param>
/// <param name="Text">The Q# source text.</param>
public sealed record QSharpSource(string Path, string Text);
