using System.Text;

namespace QuantumML.QSharp.Engine;

/// <summary>Turns the compiler's source spans back into files and text.</summary>
/// <remarks>
/// The compiler numbers the UTF-8 bytes of a package's sources as one sequence, in the order they were given,
/// each source starting one byte past the end of the previous one (qsc's <c>SourceMap</c>); AST spans are offsets
/// into that sequence. A test pins this against the repository's project, so a compiler that numbers differently
/// is noticed on upgrade.
/// </remarks>
internal static class SourceSpans
{
    /// <summary>The declarations of <paramref name="spans"/> (by callable name) in <paramref name="sources"/>; a span
    /// that falls outside every source is left out.</summary>
    public static Dictionary<string, QSharpDeclaration> Declarations(IReadOnlyList<QSharpSource> sources, IReadOnlyDictionary<string, (int Start, int End)> spans)
    {
        var files = new List<(QSharpSource Source, int Offset, byte[] Bytes)>();
        var offset = 0;
        foreach (var source in sources)
        {
            var bytes = Encoding.UTF8.GetBytes(source.Text);
            files.Add((source, offset, bytes));
            offset += bytes.Length + 1;
        }
        var declarations = new Dictionary<string, QSharpDeclaration>(StringComparer.Ordinal);
        foreach (var (name, (start, end)) in spans)
        {
            foreach (var (source, first, bytes) in files)
            {
                if (start < first || end > first + bytes.Length || end < start) continue;
                declarations[name] = new QSharpDeclaration(name, source.Path, Encoding.UTF8.GetString(bytes, start - first, end - start));
                break;
            }
        }
        return declarations;
    }
}
