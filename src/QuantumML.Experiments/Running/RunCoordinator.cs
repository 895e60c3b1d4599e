using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks;
using QuantumML.Settings;

namespace QuantumML.Experiments.Running;

/// <summary>Plans runs and merges folders of runs for every task alike: the spec and its results folder, resume, shards,
/// the run store, job order, and the results and report written at the end. Commands only parse options and present.</summary>
public static class RunCoordinator
{
    /// <summary>The plan of <paramref name="request"/>, every input checked and nothing written: the spec (with its data
    /// paths), the results folder (checked by <paramref name="checkFolder"/>, given the folder and the option that named it)
    /// and the runs it already holds.</summary>
    /// <exception cref="SpecException">The spec is bad, or the folder holds another spec.</exception>
    /// <exception cref="ResultsFileException">A file of the folder is damaged.</exception>
    /// <exception cref="RunInputException">The folder cannot be used as asked.</exception>
    public static RunPlan Plan(RunRequest request, Action<string, string>? checkFolder = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var spec = TaskSpecLoader.Load(request.SpecFile, allowOutsideData: request.AllowOutsideData);
        var folder = request.Resume ?? request.Out ?? DefaultFolder(request.SpecFile, spec.Name, request.Shard);
        if (request.Resume is not null && !File.Exists(Path.Combine(request.Resume, RunStore.SpecFile)))
            throw new RunInputException($"--resume: {request.Resume} holds no {RunStore.SpecFile}; give a folder an earlier 'qml run' wrote.");
        // Everything about the folder is checked before any work, and nothing is written to it until the spec, its data
        // and its models have passed every check: a refused spec leaves no folder behind.
        checkFolder?.Invoke(folder, request.Resume is null ? "--out" : "--resume");
        var store = new RunStore(folder);
        IReadOnlyList<RunRecord> finished;
        try
        {
            store.CheckSpec(spec.Source);
            finished = store.Load(spec);
        }
        catch (ResultsFileException e) when (request.Resume is not null && e.Message.StartsWith(Path.Combine(folder, RunStore.RunsFolder), StringComparison.Ordinal))
        {
            throw new ResultsFileException($"{e.Message}; delete that run file to resume (its run is then done again)", e);
        }
        if (request.Resume is null && finished.Count > 0)
            throw new RunInputException($"{folder} already holds {finished.Count} finished run(s); finish it with --resume {folder}, or choose another --out.");
        return new RunPlan(spec, request.SpecFile, folder, finished, request.Shard);
    }

    /// <summary>The plan of a spec held in memory (a preset such as <c>qml bench gset</c>'s), run into
    /// <paramref name="folder"/>, or written nowhere when it is null; <paramref name="specFile"/> anchors its data paths.</summary>
    /// <exception cref="SpecException">The spec is bad.</exception>
    public static RunPlan Plan(JsonObject spec, string specFile, string? folder)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parsed = TaskSpecLoader.Parse(spec.ToJsonString(), specFile);
        DataPaths.CheckInside(parsed, specFile);
        if (folder is not null) new RunStore(folder).CheckSpec(parsed.Source);
        return new RunPlan(parsed, specFile, folder, [], null);
    }

    /// <summary>Combines the results folders <paramref name="folders"/> of one spec (shards, or partial runs) into
    /// <paramref name="outFolder"/>: every file is read and checked before anything is written, and nothing is written when
    /// runs are missing (the outcome names them).</summary>
    /// <exception cref="RunInputException">The folders hold different specs or the same run twice, or none has started.</exception>
    /// <exception cref="ResultsFileException">A file of a folder is damaged.</exception>
    /// <exception cref="SpecException">A folder's spec cannot be read, or the output folder holds another spec.</exception>
    public static MergeOutcome Merge(IReadOnlyList<string> folders, string outFolder)
    {
        ArgumentNullException.ThrowIfNull(folders);
        JsonObject? spec = null;
        string? specFolder = null;
        ITaskSpec? parsed = null;
        var runs = new Dictionary<(string Job, int Seed), (RunRecord Run, string Folder)>();
        var environments = new List<RunEnvironment>();
        foreach (var folder in folders)
        {
            // A shard cancelled before it started has no folder yet (a job array's merge names every shard folder): it
            // contributes nothing, and is named as missing.
            if (Shard.FromFolderName(folder) is not null && !File.Exists(Path.Combine(folder, RunStore.SpecFile))) continue;
            var store = new RunStore(folder);
            var folderSpec = store.LoadSpec();
            if (spec is null)
            {
                spec = folderSpec;
                specFolder = folder;
                // The spec of a folder as saved: its data files need not be here.
                parsed = TaskSpecLoader.Parse(spec.ToJsonString(), Path.Combine(folder, RunStore.SpecFile), checkFiles: false);
            }
            else if (!JsonNode.DeepEquals(spec, folderSpec))
            {
                throw new RunInputException($"{folder} holds runs of a different spec than {specFolder}; merge only shards of one experiment.");
            }
            var task = ExperimentTasks.Of(parsed!);
            foreach (var run in store.Load(parsed))
            {
                if (runs.TryGetValue((run.Model, run.Seed), out var other))
                    throw new RunInputException($"{run.Model} seed {run.Seed} is in both {other.Folder} and {folder}; merge each job once.");
                task.CheckSaved(run, folder);
                runs[(run.Model, run.Seed)] = (run, folder);
            }
            var results = Path.Combine(folder, ResultsFile.FileName);
            if (File.Exists(results)) environments.Add(ResultsFile.Read(results).Environment);
        }
        if (spec is null || parsed is null)
            throw new RunInputException($"none of {string.Join(", ", folders)} holds a {RunStore.SpecFile}: no shard has started yet.");
        var expected = TaskJobs.Of(parsed).Select(j => (j.Job, j.Seed)).ToList();
        var missing = expected.Where(j => !runs.ContainsKey(j)).ToList();
        if (missing.Count > 0) return new MergeOutcome(null, expected, missing, runs.Keys.ToHashSet());

        var ordered = expected.Select(j => runs[j].Run).ToList();
        var environment = new RunEnvironment(
            environments.FirstOrDefault()?.QdkVersion ?? "unknown",
            Environment.Version.ToString(),
            environments.Count > 0 ? environments.Max(e => e.Processors) : Environment.ProcessorCount,
            environments.Count > 0 ? environments.Select(e => e.StartedUtc).Order(StringComparer.Ordinal).First() : DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture),
            environments.Sum(e => e.WallSeconds));
        var merged = new RunStore(outFolder);
        merged.SaveSpec(spec);
        foreach (var run in ordered) merged.Save(run);
        foreach (var (run, folder) in runs.Values) ExperimentTasks.Of(parsed).CopySaved(run, folder, outFolder);
        var outcome = RunPlan.Write(outFolder, new ExperimentResult(spec, ordered, environment));
        return new MergeOutcome(outcome, expected, [], runs.Keys.ToHashSet());
    }

    /// <summary>The default results folder: <c>results/NAME/UTC-TIMESTAMP/</c> beside the spec, or <c>shard-K-of-N</c>
    /// for a shard, which every task of a job array derives alike without talking to the others.</summary>
    public static string DefaultFolder(string specFile, string name, Shard? shard)
    {
        var specDir = Path.GetDirectoryName(Path.GetFullPath(specFile)) ?? ".";
        var leaf = shard is null ? DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) : shard.FolderName;
        return Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(specDir, "results", name, leaf));
    }
}

/// <summary>What a merge found: the merged result when no run was missing, else which runs are missing.</summary>
/// <param name="Written">The merged result and its files, or null when runs are missing (nothing is written then).</param>
/// <param name="Expected">Every (job, seed) of the spec.</param>
/// <param name="Missing">The runs no folder holds.</param>
/// <param name="Found">The runs the folders hold.</param>
public sealed record MergeOutcome(RunOutcome? Written, IReadOnlyList<(string Job, int Seed)> Expected, IReadOnlyList<(string Job, int Seed)> Missing, IReadOnlySet<(string Job, int Seed)> Found);
