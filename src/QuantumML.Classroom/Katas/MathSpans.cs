using System.Globalization;
using System.Text;

namespace QuantumML.Classroom.Katas;

/// <summary>The LaTeX formulas of a kata text, cut out before Markdown parsing and replaced by placeholders.</summary>
/// <remarks>
/// The Katas are written for a lenient math renderer: <c>$0$s</c>, <c>$\ket{\psi} $</c> and <c>$$…$$</c> spanning
/// lines inside quotes all count as math there, while Markdig's math extension (which follows Pandoc's stricter
/// rules) leaves them as text. So formulas are found here, by the same lenient rules, outside code spans and code
/// blocks; each becomes a placeholder that Markdown leaves alone, and the renderer puts the readable formula back.
/// </remarks>
internal sealed class MathSpans
{
    private const char Open = '\u0002';
    private const char Close = '\u0003';
    private readonly List<(string Latex, bool Display)> _spans = [];

    /// <summary><paramref name="markdown"/> with every formula replaced by a placeholder.</summary>
    public string Extract(string markdown)
    {
        var lines = markdown.Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart();
            var fence = trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal);
            if (fence || inFence) lines[i] = Protect(lines[i]);
            if (fence) inFence = !inFence;
        }
        return Replace(string.Join('\n', lines));
    }

    /// <summary><paramref name="text"/> with each placeholder replaced by its readable formula; a displayed formula
    /// inside other text gets lines of its own, indented.</summary>
    public string Restore(string text)
    {
        if (text.IndexOf(Open, StringComparison.Ordinal) < 0) return text;
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] == Open ? text.IndexOf(Close, i) : -1;
            if (end < 0)
            {
                sb.Append(text[i]);
                continue;
            }
            var (latex, display) = _spans[int.Parse(text.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture)];
            var readable = LatexText.ToText(latex);
            sb.Append(display ? "\n" + string.Join('\n', readable.Split('\n').Select(l => "    " + l)) + "\n" : readable.Replace('\n', ' '));
            i = end;
        }
        return sb.ToString();
    }

    /// <summary>Code is never math: its dollar signs are marked so that <see cref="Replace"/> skips them.</summary>
    private static string Protect(string code) => code.Replace("$", "\u0004", StringComparison.Ordinal);

    private string Replace(string text)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '`')
            {
                // An inline code span: copied as it is, up to the closing run of as many backticks.
                var run = 0;
                while (i + run < text.Length && text[i + run] == '`') run++;
                var close = text.IndexOf(new string('`', run), i + run, StringComparison.Ordinal);
                var end = close < 0 ? i + run : close + run;
                sb.Append(Protect(text[i..end]));
                i = end;
                continue;
            }
            if (c == '\\' && i + 1 < text.Length && text[i + 1] == '$')
            {
                sb.Append("\\$");
                i += 2;
                continue;
            }
            if (c == '$')
            {
                var display = i + 1 < text.Length && text[i + 1] == '$';
                var start = i + (display ? 2 : 1);
                var close = display ? text.IndexOf("$$", start, StringComparison.Ordinal) : text.IndexOf('$', start);
                // An inline formula stays on its line; a displayed one may span lines.
                if (close > start && (display || text.IndexOf('\n', start, close - start) < 0))
                {
                    _spans.Add((text[start..close], display));
                    sb.Append(Open).Append((_spans.Count - 1).ToString(CultureInfo.InvariantCulture)).Append(Close);
                    i = close + (display ? 2 : 1);
                    continue;
                }
            }
            sb.Append(c);
            i++;
        }
        return sb.ToString().Replace('\u0004', '$');
    }
}
