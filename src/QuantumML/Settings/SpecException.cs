namespace QuantumML.Settings;

/// <summary>A spec that cannot be run; the message names the file and the line or JSON path of the problem.</summary>
public sealed class SpecException(string message) : Exception(message);
