using System.Text;
using System.Text.RegularExpressions;

namespace QuantumML.Classroom.Grading;

/// <summary>Where a callable is declared in a source text.</summary>
/// <param name="Name">The callable's name.</param>
/// <param name="Start">Offset of the declaration, attributes and <c>internal</c> included.</param>
/// <param name="End">Offset just past its closing brace (the end of the text when the brace is missing).</param>
/// <param name="Line">1-based line of the name.</param>
/// <param name="Column">1-based column of the name.</param>
internal sealed record CallableSpan(string Name, int Start, int End, int Line, int Column)
{
    /// <summary>Whether <paramref name="offset"/> lies in the declaration.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;
}

/// <summary>Finds the callables a Q# source declares and their extents, so that an error can be charged to the callable it is
/// in and that callable left out of the next compile.</summary>
/// <remarks>Written by hand: the compiler reports no spans for a source that does not compile, and no Q# parser exists for .NET.
/// Comments and string literals are masked first, then each <c>operation</c>/<c>function</c> declaration runs from its attributes
/// to the brace matching the first one after its name.</remarks>
internal static partial class CallableSpans
{
    public static IReadOnlyList<CallableSpan> Find(string text)
    {
        var code = Mask(text);
        var spans = new List<CallableSpan>();
        foreach (Match m in Declaration().Matches(code))
        {
            var name = m.Groups["name"];
            var open = code.IndexOf('{', name.Index + name.Length);
            var end = open < 0 ? text.Length : Close(code, open);
            var (line, column) = Position(text, name.Index);
            spans.Add(new CallableSpan(name.Value, WithDocComment(text, m.Index), end, line, column));
        }
        return spans;
    }

    /// <summary>The namespace blocks (<c>namespace A.B { … }</c>) of a source: each name with its extent.</summary>
    public static IReadOnlyList<(string Name, int Start, int End)> Namespaces(string text)
    {
        var code = Mask(text);
        return NamespaceBlock().Matches(code)
            .Select(m => (m.Groups["name"].Value, m.Index, Close(code, m.Index + m.Length - 1)))
            .ToList();
    }

    /// <summary>The offset of a 1-based line and column, clamped to the text.</summary>
    public static int Offset(string text, int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line && offset < text.Length; l++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0) return text.Length;
            offset = next + 1;
        }
        return Math.Min(text.Length, offset + Math.Max(0, column - 1));
    }

    /// <summary>The text with <paramref name="span"/> replaced by spaces (line breaks kept, so every position after it stays put).</summary>
    public static string Blank(string text, CallableSpan span)
    {
        var chars = text.ToCharArray();
        for (var i = span.Start; i < span.End && i < chars.Length; i++)
        {
            if (chars[i] is not ('\n' or '\r')) chars[i] = ' ';
        }
        return new string(chars);
    }

    /// <summary>Moves a declaration's start back over the <c>///</c> lines right above it: left behind alone, a doc comment
    /// does not compile.</summary>
    private static int WithDocComment(string text, int start)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start > 0 && !string.IsNullOrWhiteSpace(text[lineStart..start])) return start;
        start = lineStart;
        while (start > 0)
        {
            var previous = text.LastIndexOf('\n', start - 2) + 1;
            if (!text[previous..(start - 1)].TrimStart().StartsWith("///", StringComparison.Ordinal)) break;
            start = previous;
        }
        return start;
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return (line, offset - lineStart + 1);
    }

    private static int Close(string code, int open)
    {
        var depth = 0;
        for (var i = open; i < code.Length; i++)
        {
            if (code[i] == '{') depth++;
            else if (code[i] == '}' && --depth == 0) return i + 1;
        }
        return code.Length;
    }

    /// <summary>The text with comments and string literals (interpolation holes included) replaced by spaces.</summary>
    private static string Mask(string text)
    {
        var sb = new StringBuilder(text);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n') sb[i++] = ' ';
            }
            else if (text[i] == '"' || (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '"'))
            {
                if (text[i] == '$') sb[i++] = ' ';
                sb[i++] = ' ';
                while (i < text.Length && text[i] != '"')
                {
                    if (text[i] == '\\' && i + 1 < text.Length) sb[i++] = ' ';
                    if (text[i] != '\n') sb[i] = ' ';
                    i++;
                }
                if (i < text.Length) sb[i++] = ' ';
            }
            else
            {
                i++;
            }
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"\bnamespace\s+(?<name>[A-Za-z_][A-Za-z0-9_.]*)\s*\{")]
    private static partial Regex NamespaceBlock();

    [GeneratedRegex(@"(?:@\w+\s*\([^)]*\)\s*)*(?:\binternal\s+)?\b(?:operation|function)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Declaration();
}
