using System.Globalization;
using System.Text.RegularExpressions;

namespace QuantumML.QSharp.Engine;

/// <summary>The callables of a program, which of them carry <c>@Test()</c>, and the source span of each one's
/// declaration, read from the compiler's AST dump.</summary>
/// <remarks>
/// The language service reports tests only through an asynchronous loop that needs an event-loop host, so
/// the host reads <c>get_ast</c>'s indented text instead: a <c>Namespace</c> line names the namespace, each
/// <c>Item [start-end]</c> below it may carry <c>Attr</c> lines, then a <c>Callable</c> with its <c>name:</c>.
/// </remarks>
internal static partial class AstIndex
{
    public static (List<string> Callables, List<string> Tests, Dictionary<string, (int Start, int End)> Spans) Read(string ast)
    {
        var callables = new List<string>();
        var tests = new List<string>();
        var spans = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        var itemSpan = (Start: -1, End: -1);
        string? ns = null;
        var nsIndent = -1;
        var itemIndent = -1;
        var isTest = false;
        var expectName = false;
        foreach (var line in ast.Split('\n'))
        {
            var indent = line.Length - line.TrimStart().Length;
            var body = line.Trim();
            if (body.StartsWith("Namespace ", StringComparison.Ordinal))
            {
                ns = string.Join('.', Quoted().Matches(body[..body.LastIndexOf(')')]).Select(m => m.Groups[1].Value));
                nsIndent = indent;
                itemIndent = -1;
                continue;
            }
            if (ns is null) continue;
            if (body.StartsWith("Item ", StringComparison.Ordinal) && (itemIndent < 0 ? indent > nsIndent : indent == itemIndent))
            {
                itemIndent = indent;
                isTest = false;
                expectName = false;
                var span = ItemSpan().Match(body);
                itemSpan = span.Success ? (int.Parse(span.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(span.Groups[2].Value, CultureInfo.InvariantCulture)) : (-1, -1);
                continue;
            }
            if (indent <= itemIndent) continue;
            if (indent == itemIndent + 4 && body.StartsWith("Attr ", StringComparison.Ordinal) && body.Contains("\"Test\")", StringComparison.Ordinal))
                isTest = true;
            else if (indent == itemIndent + 4 && body.StartsWith("Callable ", StringComparison.Ordinal))
                expectName = true;
            else if (expectName && body.StartsWith("name: Ident ", StringComparison.Ordinal))
            {
                var name = $"{ns}.{Quoted().Match(body).Groups[1].Value}";
                callables.Add(name);
                if (isTest) tests.Add(name);
                if (itemSpan.Start >= 0) spans[name] = itemSpan;
                expectName = false;
            }
        }
        return (callables, tests, spans);
    }

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^Item \d+ \[(\d+)-(\d+)\]")]
    private static partial Regex ItemSpan();
}
