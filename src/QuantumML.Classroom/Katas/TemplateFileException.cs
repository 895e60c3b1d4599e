namespace QuantumML.Classroom.Katas;

/// <summary>A template cannot be written where asked (no such folder, a folder there, or a file there without force);
/// the message names the path and what to do. Bad input.</summary>
public sealed class TemplateFileException(string message) : Exception(message);
