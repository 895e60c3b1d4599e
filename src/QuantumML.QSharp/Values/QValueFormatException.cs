namespace QuantumML.QSharp.Values;

/// <summary>Text that is not a Q# value this host can read back, with the 0-based position of the problem.</summary>
public sealed class QValueFormatException(string text, int position, string reason)
    : FormatException($"Cannot read Q# value '{QValue.Abbreviate(text)}' at column {position + 1}: {reason}")
{
    /// <summary>The text that failed to parse.</summary>
    public string Text { get; } = text;

    /// <summary>0-based index of the character where parsing stopped.</summary>
    public int Position { get; } = position;
}
