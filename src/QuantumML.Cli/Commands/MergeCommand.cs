using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Cli.Cluster;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Specs;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml merge DIR...</c>: combines the folders of shards (or of partial runs) of one spec into one result and report.</summary>
internal sealed class MergeCommand : BaseCommand
{
    private static readonly Argument<string[]> s_folders = new("folders")
    {
        Description = "Results folders written by 'qml run --shard K/N' (or any runs of the same spec).",
        Arity = ArgumentArity.OneOrMore,
    };
    private static readonly Option<string?> s_out = new("--out") { Description = "Where to write the merged results; default: merged-UTC-TIMESTAMP beside the first folder." };

    public MergeCommand() : base("merge", "Combine shard folders of one experiment into one results.json and report.")
    {
        Arguments.Add(s_folders);
        Options.Add(s_out);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var folders = parseResult.GetValue(s_folders)!;
        var outDir = parseResult.GetValue(s_out) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folders[0]).TrimEnd('/')) ?? ".",
            "merged-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        // Checked before anything is read: the merged folder must be writable and must not be one being merged (its files
        // would be replaced while they are read).
        if (folders.FirstOrDefault(f => Same(f, outDir)) is { } input)
            throw new UsageException($"--out {outDir} is {input}, one of the folders being merged; give a new folder.");
        OutputPaths.CheckFolder(outDir, "--out");

        var outcome = RunCommand.BadInput(() => RunCoordinator.Merge(folders, outDir));
        if (outcome.Written is not { } written)
        {
            await terminal.Err.WriteLineAsync($"qml merge: {outcome.Missing.Count} of {outcome.Expected.Count} runs are missing, e.g. {string.Join(", ", outcome.Missing.Take(5).Select(m => $"{m.Job} seed {m.Seed}"))}; run the missing shards (or --resume them) and merge again.").ConfigureAwait(false);
            foreach (var line in MissingShards.Describe(folders, outcome.Expected, outcome.Found))
                await terminal.Err.WriteLineAsync($"  {line}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        await terminal.Out.WriteAsync(written.Table).ConfigureAwait(false);
        await terminal.Out.WriteLineAsync($"results: {written.ResultsPath}").ConfigureAwait(false);
        await terminal.Out.WriteLineAsync($"report: {written.ReportPath}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static bool Same(string a, string b) =>
        DataPaths.Resolved(Path.GetFullPath(a)).TrimEnd('/') == DataPaths.Resolved(Path.GetFullPath(b)).TrimEnd('/');
}
