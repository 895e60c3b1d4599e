using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace QuantumML.Classroom.Katas;

/// <summary>Renders the Markdown of kata texts as plain text for a terminal: headings underlined, paragraphs wrapped,
/// lists with bullets or numbers, code indented, inline code in backticks, and LaTeX made readable (<see cref="LatexText"/>).</summary>
/// <remarks>Markdig parses; this walks its syntax tree. Formulas are cut out first (<see cref="MathSpans"/>). The texts
/// also hold a little HTML (tables, details, line breaks), which Markdig passes through as raw blocks and a terminal
/// cannot show; those few tags are turned into text here.</remarks>
public sealed partial class KataText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();
    private readonly MathSpans _math = new();
    private readonly int _width;

    private KataText(int width) => _width = width;

    /// <summary>The text of <paramref name="markdown"/>, its paragraphs wrapped at <paramref name="width"/> columns.</summary>
    public static string Render(string markdown, int width)
    {
        var renderer = new KataText(Math.Max(width, 20));
        var lines = new List<string>();
        renderer.Blocks(renderer.Parse(markdown), lines, renderer._width);
        TrimBlank(lines);
        return string.Join('\n', lines);
    }

    private MarkdownDocument Parse(string markdown) => Markdown.Parse(_math.Extract(markdown), Pipeline);

    private void Blocks(ContainerBlock container, List<string> lines, int width)
    {
        foreach (var block in container) Block(block, lines, width);
    }

    private void Block(Block block, List<string> lines, int width)
    {
        switch (block)
        {
            case HeadingBlock heading:
                var title = Inline(heading.Inline).Trim();
                Blank(lines);
                lines.Add(title);
                lines.Add(new string(heading.Level == 1 ? '=' : '-', Math.Max(3, title.Length)));
                Blank(lines);
                break;
            case CodeBlock code:
                Blank(lines);
                lines.AddRange(code.Lines.ToString().TrimEnd().Split('\n').Select(l => "    " + l.TrimEnd()));
                Blank(lines);
                break;
            case ParagraphBlock paragraph:
                Blank(lines);
                lines.AddRange(Wrap(Inline(paragraph.Inline), width));
                Blank(lines);
                break;
            case ListBlock list:
                List(list, lines, width);
                break;
            case QuoteBlock quote:
                var quoted = new List<string>();
                Blocks(quote, quoted, width - 2);
                TrimBlank(quoted);
                Blank(lines);
                lines.AddRange(quoted.Select(l => ("│ " + l).TrimEnd()));
                Blank(lines);
                break;
            case HtmlBlock html:
                Html(html.Lines.ToString(), lines, width);
                break;
            case ThematicBreakBlock:
                Blank(lines);
                lines.Add(new string('─', Math.Min(width, 40)));
                Blank(lines);
                break;
            case ContainerBlock container:
                Blocks(container, lines, width);
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                lines.AddRange(Wrap(Inline(leaf.Inline), width));
                break;
        }
    }

    private void List(ListBlock list, List<string> lines, int width)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1;
        Blank(lines);
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var marker = list.IsOrdered ? $"{number++}. " : "• ";
            var body = new List<string>();
            Blocks(item, body, width - marker.Length);
            TrimBlank(body);
            for (var i = 0; i < body.Count; i++)
                lines.Add(body[i].Length == 0 ? "" : (i == 0 ? marker : new string(' ', marker.Length)) + body[i]);
        }
        Blank(lines);
    }

    /// <summary>The text of inline content; hard breaks, and displayed formulas on lines of their own, as newlines.</summary>
    private string Inline(ContainerInline? container) => container is null ? "" : _math.Restore(InlineMarkup(container));

    private static string InlineMarkup(ContainerInline container)
    {
        var sb = new StringBuilder();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case CodeInline code:
                    sb.Append('`').Append(code.Content).Append('`');
                    break;
                case LiteralInline literal:
                    sb.Append(literal.Content.ToString());
                    break;
                case LineBreakInline lineBreak:
                    sb.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case HtmlEntityInline entity:
                    sb.Append(entity.Transcoded.ToString());
                    break;
                case HtmlInline html:
                    if (LineBreakTag().IsMatch(html.Tag)) sb.Append('\n');
                    break;
                case AutolinkInline autolink:
                    sb.Append(autolink.Url);
                    break;
                case LinkInline link:
                    var text = InlineMarkup(link);
                    sb.Append(link.IsImage ? $"[image: {text}]" : text);
                    if (!string.IsNullOrEmpty(link.Url) && link.Url != text) sb.Append(" (").Append(link.Url).Append(')');
                    break;
                case ContainerInline children:
                    sb.Append(InlineMarkup(children));
                    break;
            }
        }
        return sb.ToString();
    }

    private void Html(string html, List<string> lines, int width)
    {
        html = HiddenElement().Replace(html, "");
        var at = 0;
        foreach (Match table in Table().Matches(html))
        {
            HtmlText(html[at..table.Index], lines, width);
            TableRows(table.Value, lines);
            at = table.Index + table.Length;
        }
        HtmlText(html[at..], lines, width);
    }

    /// <summary>HTML other than tables: the tags become line breaks or go, and what is left is Markdown again.</summary>
    private void HtmlText(string html, List<string> lines, int width)
    {
        var text = LineBreakTag().Replace(html, "\n");
        text = Summary().Replace(text, m => $"\n▸ {m.Groups[1].Value.Trim()}\n\n");
        text = BlockEnd().Replace(text, "\n\n");
        text = WebUtility.HtmlDecode(AnyTag().Replace(text, ""));
        // Indentation inside HTML is layout, not a Markdown code block.
        text = string.Join('\n', text.Split('\n').Select(l => l.Trim()));
        if (string.IsNullOrWhiteSpace(text)) return;
        Blocks(Markdown.Parse(text, Pipeline), lines, width);
    }

    private void TableRows(string table, List<string> lines)
    {
        var rawRows = Row().Matches(table).Where(r => Cell().IsMatch(r.Value)).ToList();
        if (rawRows.Count == 0) return;
        var rows = rawRows.Select(r => Cell().Matches(r.Value).Select(c => CellText(c.Groups[1].Value)).ToList()).ToList();
        var columns = rows.Max(r => r.Count);
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Count ? r[c].Length : 0)).ToArray();
        Blank(lines);
        for (var i = 0; i < rows.Count; i++)
        {
            lines.Add(("  " + string.Join(" │ ", Enumerable.Range(0, columns).Select(c => (c < rows[i].Count ? rows[i][c] : "").PadRight(widths[c])))).TrimEnd());
            if (i == 0 && Header().IsMatch(rawRows[0].Value))
                lines.Add("  " + string.Join("─┼─", widths.Select(w => new string('─', w))));
        }
        Blank(lines);
    }

    private string CellText(string html)
    {
        var markdown = WebUtility.HtmlDecode(AnyTag().Replace(LineBreakTag().Replace(html, " "), "")).Trim();
        var lines = new List<string>();
        Blocks(Markdown.Parse(markdown, Pipeline), lines, int.MaxValue);
        return string.Join(' ', lines.Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    /// <summary>Words of <paramref name="text"/> filled into lines of at most <paramref name="width"/> columns (a longer
    /// word gets its own line); a line that starts indented (a displayed formula) keeps its indentation.</summary>
    private static IEnumerable<string> Wrap(string text, int width)
    {
        foreach (var paragraphLine in text.Split('\n'))
        {
            if (paragraphLine.Trim().Length == 0) continue;
            var indent = paragraphLine.StartsWith("    ", StringComparison.Ordinal) ? "    " : "";
            var line = new StringBuilder(indent);
            foreach (var word in paragraphLine.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > indent.Length && line.Length + 1 + word.Length > width)
                {
                    yield return line.ToString();
                    line.Clear().Append(indent);
                }
                if (line.Length > indent.Length) line.Append(' ');
                line.Append(word);
            }
            yield return line.ToString();
        }
    }

    private static void Blank(List<string> lines)
    {
        if (lines.Count > 0 && lines[^1].Length > 0) lines.Add("");
    }

    private static void TrimBlank(List<string> lines)
    {
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        for (var i = lines.Count - 1; i > 0; i--)
        {
            if (lines[i].Length == 0 && lines[i - 1].Length == 0) lines.RemoveAt(i);
        }
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakTag();

    [GeneratedRegex(@"<(style|script)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HiddenElement();

    [GeneratedRegex(@"<table\b.*?</table\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex(@"<tr\b.*?</tr\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex(@"<t[hd]\b[^>]*>(.*?)</t[hd]\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Cell();

    [GeneratedRegex(@"<th\b", RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    [GeneratedRegex(@"<summary\b[^>]*>(.*?)</summary\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex(@"</(p|div|details|ul|ol|li)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex AnyTag();
}
