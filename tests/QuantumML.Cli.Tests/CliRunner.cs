using System.CommandLine;

namespace QuantumML.Cli.Tests;

/// <summary>Runs a real <c>qml</c> command line in-process and captures what it printed.</summary>
internal static class CliRunner
{
    public sealed record Outcome(int ExitCode, string Out, string Err);

    public static async Task<Outcome> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await Program.RunAsync(args, new InvocationConfiguration { Output = stdout, Error = stderr });
        return new Outcome(exit, stdout.ToString(), stderr.ToString());
    }
}
