namespace QuantumML.QSharp.Supervision;

/// <summary>A position in a project source.</summary>
/// <param name="File">The source path as the project names it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SourceLocation(string File, int Line, int Column);
