using System.CommandLine;
using QuantumML.Classroom.Katas;
using QuantumML.QSharp;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml katas list</c>: every kata and exercise id with its title, as a table grouped by kata.</summary>
internal sealed class KatasListCommand : BaseCommand
{
    public KatasListCommand() : base("list", "List every kata and exercise id with its title.")
    {
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var (stdout, _) = terminal;
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        var catalog = KataCatalog.Load(runtime);
        var idWidth = catalog.Exercises.Max(e => e.Id.Length);

        await stdout.WriteLineAsync(
            $"The Quantum Katas of qsharp-lang {runtime.QdkVersion}: {catalog.Katas.Count} katas, {catalog.Exercises.Count} exercises.").ConfigureAwait(false);
        await stdout.WriteLineAsync("Show one with 'qml katas show ID'; check a solution with 'qml katas check ID FILE.qs'.").ConfigureAwait(false);
        await stdout.WriteLineAsync().ConfigureAwait(false);
        await stdout.WriteLineAsync($"  {"EXERCISE ID".PadRight(idWidth)}  TITLE").ConfigureAwait(false);
        foreach (var kata in catalog.Katas)
        {
            var count = kata.Exercises.Count == 1 ? "1 exercise" : $"{kata.Exercises.Count} exercises";
            var note = kata.Published ? "" : ", not yet published on the Katas site";
            await stdout.WriteLineAsync().ConfigureAwait(false);
            await stdout.WriteLineAsync($"{kata.Title} ({kata.Id}: {count}{note})").ConfigureAwait(false);
            foreach (var exercise in kata.Exercises)
                await stdout.WriteLineAsync($"  {exercise.Id.PadRight(idWidth)}  {exercise.Title}").ConfigureAwait(false);
        }
        return ExitCodes.Success;
    }
}
