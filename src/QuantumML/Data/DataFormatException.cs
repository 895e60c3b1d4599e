namespace QuantumML.Data;

/// <summary>A data file that cannot be read; the message names the file, the 1-based line and, when known, the column.</summary>
public sealed class DataFormatException : Exception
{
    /// <summary>Creates the exception with a message only.</summary>
    public DataFormatException() { }

    /// <summary>Creates the exception with a message only.</summary>
    public DataFormatException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public DataFormatException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Creates the exception for a place in a file: "FILE:LINE: column 'NAME': PROBLEM".</summary>
    public DataFormatException(string fileName, int line, string? column, string problem)
        : base(column is null ? $"{fileName}:{line}: {problem}" : $"{fileName}:{line}: column '{column}': {problem}")
    {
        FileName = fileName;
        Line = line;
        Column = column;
    }

    /// <summary>The file's name (without its folder), when known.</summary>
    public string? FileName { get; }

    /// <summary>The 1-based line, or 0 when not known.</summary>
    public int Line { get; }

    /// <summary>The column's header name, when the problem is in one column.</summary>
    public string? Column { get; }
}
