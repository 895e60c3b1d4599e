using System.Globalization;

namespace QuantumML.Combinatorial.Formats;

/// <summary>The whitespace-separated fields of each non-blank line of a text file, with 1-based line numbers and
/// invariant-culture number parsing that reports the place of a bad field.</summary>
internal sealed class TextLines(string text, string file, bool hashComments)
{
    /// <summary>The file's name as given, for messages.</summary>
    public string File => file;

    /// <summary>The number of the last line (for "the file ends here" errors).</summary>
    public int LastLine { get; private set; } = 1;

    /// <summary>The non-blank lines (after removing '#' comments when asked), as (line number, fields).</summary>
    public IEnumerable<(int Line, string[] Fields)> Read()
    {
        using var reader = new StringReader(text);
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            LastLine = ++number;
            if (hashComments && line.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0) line = line[..hash];
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0) yield return (number, fields);
        }
    }

    /// <summary>An error at <paramref name="line"/>.</summary>
    public ProblemFormatException Error(int line, string problem) => new(file, line, problem);

    /// <summary>Field <paramref name="text"/> as an integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Integer(int line, string text, string what, int min, int max)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw Error(line, $"{what} is not an integer");
        if (value < min || value > max)
            throw Error(line, string.Create(CultureInfo.InvariantCulture, $"{what} {value} is outside {min}..{max}"));
        return value;
    }

    /// <summary>Field <paramref name="text"/> as a finite number.</summary>
    public double Number(int line, string text, string what) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(line, $"{what} is not a finite number");
}
