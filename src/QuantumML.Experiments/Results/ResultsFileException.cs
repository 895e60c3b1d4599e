namespace QuantumML.Experiments.Results;

/// <summary>A file of a results folder (<c>spec.json</c>, <c>runs/*.json</c>, <c>results.json</c>, <c>models/*.json</c>)
/// that cannot be used: missing, truncated, not JSON, of the wrong shape, or not a run of the folder's spec; the message
/// names the file and, where it can, the line, column and JSON path.</summary>
public sealed class ResultsFileException : Exception
{
    /// <summary>Creates the exception with a message only.</summary>
    public ResultsFileException() { }

    /// <summary>Creates the exception with a message only.</summary>
    public ResultsFileException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ResultsFileException(string message, Exception innerException) : base(message, innerException) { }
}
