namespace QuantumML.Classroom.Assignments;

/// <summary>A broken assignment: the message names the file and the line or JSON path of the problem.</summary>
public sealed class AssignmentException(string message) : Exception(message);
