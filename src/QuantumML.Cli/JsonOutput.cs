using System.Text.Encodings.Web;
using System.Text.Json;

namespace QuantumML.Cli;

/// <summary>How <c>qml --json</c> output is written: indented, snake_case names like results.json, and
/// characters such as quotes left readable (the output goes to a terminal or a file, never into HTML).</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
