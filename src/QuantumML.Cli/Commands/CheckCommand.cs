using System.CommandLine;
using QuantumML.QSharp;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml check</c>: compiles the Q# project and reports every error, or a one-line OK.</summary>
internal sealed class CheckCommand : BaseCommand
{
    private static readonly Option<string?> s_project = CommonOptions.Project();

    public CheckCommand() : base("check", "Compile the Q# project; print FILE:LINE:COL for each error.")
    {
        Options.Add(s_project);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = terminal;
        var project = ProjectLocator.Load(parseResult.GetValue(s_project));
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        var check = await runtime.CheckAsync(project, cancellationToken).ConfigureAwait(false);
        if (!check.Success)
        {
            WriteDiagnostics(stderr, project, check.Diagnostics);
            await stderr.WriteLineAsync($"{check.Diagnostics.Count} error(s) in {project.DisplayPath(".")}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        await stdout.WriteLineAsync(
            $"OK {project.DisplayPath(".")}: {project.Sources.Count} files, {check.Callables.Count} callables, {check.Tests.Count} tests (qsharp-lang {runtime.QdkVersion})").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
