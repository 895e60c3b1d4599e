using System.Text.Json;

namespace QuantumML.Cli;

/// <summary>How <c>qml --json</c> output is written: indented, camelCase property names.</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };
}
