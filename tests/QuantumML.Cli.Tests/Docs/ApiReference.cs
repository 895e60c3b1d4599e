using System.Text;
using System.Text.RegularExpressions;
using QuantumML.Cli.Tests.Packaging;

namespace QuantumML.Cli.Tests.Docs;

/// <summary>Generates the API reference in docs/api/: docfx (pinned in .config/dotnet-tools.json) writes one Markdown page per
/// namespace and type from the libraries' XML docs (docs/docfx.json); this then turns the cross-references docfx leaves as raw
/// <c>&lt;xref&gt;</c> tags in Markdown output (summaries' <c>&lt;see cref&gt;</c>) into Markdown links, and writes an index.</summary>
internal static partial class ApiReference
{
    public const string Folder = "docs/api";

    /// <summary>Writes the reference for the checkout <paramref name="repository"/> into <paramref name="output"/> (created empty).</summary>
    public static async Task GenerateAsync(string repository, string output)
    {
        var scratch = Directory.CreateTempSubdirectory("qml-docfx-").FullName;
        try
        {
            await RunAsync(repository, ["tool", "restore"]);
            await RunAsync(repository, ["docfx", "metadata", Path.Combine("docs", "docfx.json"), "-o", scratch]);
            var pages = Directory.GetFiles(Path.Combine(scratch, "api"), "*.md").ToDictionary(p => Path.GetFileNameWithoutExtension(p), File.ReadAllText);
            Directory.CreateDirectory(output);
            foreach (var (name, text) in pages)
                await File.WriteAllTextAsync(Path.Combine(output, name + ".md"), ResolveCrossReferences(text, pages));
            await File.WriteAllTextAsync(Path.Combine(output, "README.md"), Index(pages));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static async Task RunAsync(string repository, string[] args)
    {
        var outcome = await ChildProcess.RunAsync(ChildProcess.Dotnet, args, repository);
        if (outcome.ExitCode != 0) throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed:\n{outcome}");
    }

    /// <summary>The front page: every namespace with its page, in order.</summary>
    private static string Index(Dictionary<string, string> pages)
    {
        var text = new StringBuilder();
        text.Append("# QuantumML API reference\n\n");
        text.Append("The public types of the libraries QuantumML.Api (the short API for your own code: start there), QuantumML,\n");
        text.Append("QuantumML.QSharp, QuantumML.Simulation, QuantumML.Experiments and QuantumML.Classroom, one page per namespace and\n");
        text.Append("type, generated from their XML documentation comments. Regenerate\n");
        text.Append("it with `QML_API_DOCS_WRITE=1 dotnet test tests/QuantumML.Cli.Tests --filter ApiReference` (see the repository's README).\n\n");
        foreach (var name in pages.Where(p => NamespaceHeading().IsMatch(p.Value)).Select(p => p.Key).Order(StringComparer.Ordinal))
            text.Append($"- [{name}]({name}.md)\n");
        return text.ToString();
    }

    /// <summary>Replaces each <c>&lt;xref href="UID"&gt;&lt;/xref&gt;</c> with a link to the page (and anchor) documenting UID,
    /// or with the name in code when no page does (a framework type, or a member the reference leaves out).</summary>
    internal static string ResolveCrossReferences(string text, IReadOnlyDictionary<string, string> pages) =>
        XrefTag().Replace(text, m =>
        {
            var uid = Uri.UnescapeDataString(m.Groups["uid"].Value);
            var bare = uid.Split('(')[0];
            var name = DisplayName(bare);
            for (var page = bare; page.Length > 0; page = page.Contains('.', StringComparison.Ordinal) ? page[..page.LastIndexOf('.')] : "")
            {
                if (!pages.TryGetValue(page, out var target)) continue;
                if (page == bare) return $"[{name}]({page}.md)";
                var anchor = Anchor(uid);
                return target.Contains($"<a id=\"{anchor}\">", StringComparison.Ordinal) ? $"[{name}]({page}.md#{anchor})" : $"[{name}]({page}.md)";
            }
            return $"`{name}`";
        });

    /// <summary>A type's or member's short name: the last dotted part, a constructor named by its type, generic arity dropped.</summary>
    private static string DisplayName(string uid)
    {
        var parts = uid.Split('.');
        var last = parts[^1] == "#ctor" && parts.Length > 1 ? parts[^2] : parts[^1];
        return Regex.Replace(last, "`+\\d+$", "");
    }

    /// <summary>The anchor docfx gives a member's heading: its UID with every character but letters and digits made '_'.</summary>
    private static string Anchor(string uid) => NotAlphanumeric().Replace(uid, "_");

    [GeneratedRegex("<xref href=\"(?<uid>[^\"]*)\"[^>]*>\\s*</xref>")]
    private static partial Regex XrefTag();

    [GeneratedRegex("[^A-Za-z0-9]")]
    private static partial Regex NotAlphanumeric();

    [GeneratedRegex(@"\A# <a id=""[^""]*""></a> Namespace ")]
    private static partial Regex NamespaceHeading();
}
