namespace QuantumML.Hamiltonians;

/// <summary>Text or JSON that is not a valid Pauli sum; the message names the 1-based column and the offending token.</summary>
public sealed class PauliSumFormatException : FormatException
{
    /// <summary>Creates the exception with a message only.</summary>
    public PauliSumFormatException() { }

    /// <summary>Creates the exception with a message only.</summary>
    public PauliSumFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public PauliSumFormatException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for a place in the text: "column C: PROBLEM near 'TOKEN'".</summary>
    /// <param name="position">0-based offset of the offending token in the text.</param>
    /// <param name="token">The offending token (empty at the end of the text).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="context">Where the text came from (e.g. a JSON path), prefixed to the message when given.</param>
    public PauliSumFormatException(int position, string token, string problem, string? context = null)
        : base($"{(context is null ? "" : context + ": ")}column {position + 1}: {problem} {(token.Length == 0 ? "at the end of the text" : $"at '{token}'")}")
    {
        Position = position;
        Token = token;
    }

    /// <summary>The 0-based offset of the offending token in the parsed text, or -1 when not about one place.</summary>
    public int Position { get; } = -1;

    /// <summary>The 1-based column of the offending token, or 0 when not about one place.</summary>
    public int Column => Position + 1;

    /// <summary>The offending token (empty at the end of the text, null when not about one place).</summary>
    public string? Token { get; }
}
