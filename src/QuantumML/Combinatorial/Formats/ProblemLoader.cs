using QuantumML.Combinatorial.Problems;
using QuantumML.IO;

namespace QuantumML.Combinatorial.Formats;

/// <summary>Loads a problem instance from a file: G-set, edge list or JSON terms, chosen explicitly or detected.</summary>
public static class ProblemLoader
{
    /// <summary>Most variables (vertices, spins) an instance file may name: every solver keeps a few arrays of this length
    /// per replica, so a header or an index of two billion must be refused, not allocated.</summary>
    public const int MaxVariables = 10_000_000;

    /// <summary>Reads <paramref name="path"/>; every problem in the file is a <see cref="ProblemFormatException"/> naming
    /// the file and the line.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="DataFileException">Not a regular file, or larger than <see cref="DataFile.DefaultMaxBytes"/>.</exception>
    public static CombinatorialProblem Load(string path, ProblemFormat format = ProblemFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such problem file", path);
        return Parse(DataFile.ReadText(path, what: "problem file"), path, format);
    }

    /// <summary>Reads problem text; <paramref name="file"/> names it in messages and gives the problem's name.</summary>
    public static CombinatorialProblem Parse(string text, string file, ProblemFormat format = ProblemFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var name = Path.GetFileNameWithoutExtension(file);
        return (format == ProblemFormat.Auto ? Detect(file, text) : format) switch
        {
            ProblemFormat.Gset => CombinatorialProblem.FromGraph(name, GsetReader.Parse(text, file)),
            ProblemFormat.EdgeList => CombinatorialProblem.FromGraph(name, EdgeListReader.Parse(text, file)),
            ProblemFormat.JsonTerms => TermsJsonReader.Parse(text, file, name),
            var other => throw new ArgumentOutOfRangeException(nameof(format), other, "unknown format"),
        };
    }

    /// <summary>The format of a file: JSON terms for a <c>.json</c> file or text starting with '{'; an edge list for
    /// <c>.edges</c>/<c>.edgelist</c>, or text with '#' comments; G-set when the first line holds two integers "N M" and the
    /// next holds three fields; otherwise an edge list.</summary>
    public static ProblemFormat Detect(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".json" || text.TrimStart().StartsWith('{')) return ProblemFormat.JsonTerms;
        if (extension is ".edges" or ".edgelist" || text.Contains('#', StringComparison.Ordinal)) return ProblemFormat.EdgeList;
        var first = new TextLines(text, file, hashComments: false).Read().Take(2).ToArray();
        return first.Length == 2 && first[0].Fields.Length == 2 && first[0].Fields.All(f => int.TryParse(f, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)) && first[1].Fields.Length == 3
            ? ProblemFormat.Gset
            : ProblemFormat.EdgeList;
    }
}
