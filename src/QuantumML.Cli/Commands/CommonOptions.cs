using System.CommandLine;

namespace QuantumML.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Project() => new("--project")
    {
        Description = "The Q# project folder (with qsharp.json); default: the repository's quantum/ folder.",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON only on stdout; human-readable text goes to stderr.",
    };
}
