namespace QuantumML.Combinatorial.Formats;

/// <summary>A problem file that cannot be read; the message is "FILE:LINE: PROBLEM".</summary>
public sealed class ProblemFormatException : FormatException
{
    /// <summary>Creates the exception with a message only.</summary>
    public ProblemFormatException() { }

    /// <summary>Creates the exception with a message only.</summary>
    public ProblemFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ProblemFormatException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for a place in a file.</summary>
    /// <param name="file">The file's name as given.</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="problem">What is wrong there.</param>
    /// <param name="innerException">The cause, if any.</param>
    public ProblemFormatException(string file, int line, string problem, Exception? innerException = null)
        : base($"{file}:{line}: {problem}", innerException)
    {
        File = file;
        Line = line;
    }

    /// <summary>The file, as given to the reader.</summary>
    public string? File { get; }

    /// <summary>The 1-based line, or 0 when not known.</summary>
    public int Line { get; }
}
