namespace QuantumML.QSharp;

/// <summary>Where a callable is declared and the text of its declaration (doc comments and attributes included).</summary>
/// <param name="Name">The fully qualified name, e.g. <c>Encodings.ApplyAngleEncoding</c>.</param>
/// <param name="File">The declaring source's path, as <see cref="QSharpSource.Path"/> gives it.</param>
/// <param name="Text">The declaration's source text.</param>
public sealed record QSharpDeclaration(string Name, string File, string Text);
