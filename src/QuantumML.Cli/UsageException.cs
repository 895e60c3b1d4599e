namespace QuantumML.Cli;

/// <summary>Bad input from the user: the message names the option, file, line or field, and the exit code is 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
