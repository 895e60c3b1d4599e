namespace QuantumML.IO;

/// <summary>An input file that cannot be read whole: missing, a folder, not a regular file, empty or too large; the
/// message names the file and never quotes its content.</summary>
public sealed class DataFileException : IOException
{
    /// <summary>Creates the exception with a message only.</summary>
    public DataFileException() { }

    /// <summary>Creates the exception with a message only.</summary>
    public DataFileException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DataFileException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public DataFileException(string path, string message, Exception? innerException = null) : base(message, innerException) => FilePath = path;

    /// <summary>The file, when known.</summary>
    public string? FilePath { get; }
}
