using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Cli.Cluster;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks;
using QuantumML.Settings;

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

        JsonObject? spec = null;
        string? specFolder = null;
        ITaskSpec? parsed = null;
        var runs = new Dictionary<(string Model, int Seed), (RunRecord Run, string Folder)>();
        var environments = new List<RunEnvironment>();
        try
        {
            foreach (var folder in folders)
            {
                // A shard cancelled before it started has no folder yet (a job array's merge names every shard folder): it
                // contributes nothing, and is named below as missing.
                if (Shard.FromFolderName(folder) is not null && !File.Exists(Path.Combine(folder, RunStore.SpecFile))) continue;
                var store = new RunStore(folder);
                var folderSpec = store.LoadSpec();
                if (spec is null)
                {
                    spec = folderSpec;
                    specFolder = folder;
                    parsed = ParseSpec(spec, folder);
                }
                else if (!JsonNode.DeepEquals(spec, folderSpec))
                {
                    throw new UsageException($"{folder} holds runs of a different spec than {specFolder}; merge only shards of one experiment.");
                }
                foreach (var run in store.Load(parsed))
                {
                    if (runs.TryGetValue((run.Model, run.Seed), out var other))
                        throw new UsageException($"{run.Model} seed {run.Seed} is in both {other.Folder} and {folder}; merge each job once.");
                    ExperimentTasks.Of(parsed!).CheckSaved(run, folder);
                    runs[(run.Model, run.Seed)] = (run, folder);
                }
                var results = Path.Combine(folder, ResultsFile.FileName);
                if (File.Exists(results)) environments.Add(ResultsFile.Read(results).Environment);
            }
        }
        catch (ResultsFileException e)
        {
            throw new UsageException(e.Message);
        }

        if (spec is null)
            throw new UsageException($"none of {string.Join(", ", folders)} holds a {RunStore.SpecFile}: no shard has started yet.");
        var expected = TaskJobs.Of(parsed!).Select(j => (j.Job, j.Seed)).ToList();
        var missing = expected.Where(j => !runs.ContainsKey(j)).ToList();
        if (missing.Count > 0)
        {
            await terminal.Err.WriteLineAsync($"qml merge: {missing.Count} of {expected.Count} runs are missing, e.g. {string.Join(", ", missing.Take(5).Select(m => $"{m.Job} seed {m.Seed}"))}; run the missing shards (or --resume them) and merge again.").ConfigureAwait(false);
            foreach (var line in MissingShards.Describe(folders, expected, runs.Keys.ToHashSet()))
                await terminal.Err.WriteLineAsync($"  {line}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        var ordered = expected.Select(j => runs[j].Run).ToList();
        var environment = new RunEnvironment(
            environments.FirstOrDefault()?.QdkVersion ?? "unknown",
            Environment.Version.ToString(),
            environments.Count > 0 ? environments.Max(e => e.Processors) : Environment.ProcessorCount,
            environments.Count > 0 ? environments.Select(e => e.StartedUtc).Order(StringComparer.Ordinal).First() : DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture),
            environments.Sum(e => e.WallSeconds));
        var result = new ExperimentResult(spec, ordered, environment);

        var store2 = new RunStore(outDir);
        try
        {
            store2.SaveSpec(spec);
        }
        catch (Exception e) when (e is SpecException or ResultsFileException)
        {
            throw new UsageException(e.Message);
        }
        foreach (var run in ordered) store2.Save(run);
        foreach (var (run, folder) in runs.Values) ExperimentTasks.Of(parsed!).CopySaved(run, folder, outDir);
        var path = ResultsFile.Write(outDir, result);
        var report = ReportWriter.Write(outDir, result);
        await terminal.Out.WriteAsync(ReportWriter.Table(result)).ConfigureAwait(false);
        await terminal.Out.WriteLineAsync($"results: {path}").ConfigureAwait(false);
        await terminal.Out.WriteLineAsync($"report: {report}").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static bool Same(string a, string b) =>
        DataPaths.Resolved(Path.GetFullPath(a)).TrimEnd('/') == DataPaths.Resolved(Path.GetFullPath(b)).TrimEnd('/');

    /// <summary>The spec of a folder as saved (its data files need not be here).</summary>
    private static ITaskSpec ParseSpec(JsonObject spec, string folder)
    {
        try
        {
            return TaskSpecLoader.Parse(spec.ToJsonString(), Path.Combine(folder, RunStore.SpecFile), checkFiles: false);
        }
        catch (SpecException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
