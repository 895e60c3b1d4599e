using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QuantumML.Experiments.Specs;
using QuantumML.IO;
using QuantumML.Settings;

namespace QuantumML.Experiments.Results;

/// <summary>A results folder as the runs accumulate: <c>spec.json</c>, then one <c>runs/MODEL.seedN.json</c> per
/// finished (model, seed), each written atomically the moment it finishes, so that an interrupted run keeps
/// everything it finished and <c>--resume</c>, shards and <c>qml merge</c> can build on it.</summary>
public sealed partial class RunStore(string folder)
{
    /// <summary>The spec copy that identifies what the folder holds.</summary>
    public const string SpecFile = "spec.json";

    /// <summary>The folder of per-run files.</summary>
    public const string RunsFolder = "runs";

    /// <summary>The folder of unfinished trainings' checkpoints (each removed when its run is stored).</summary>
    public const string CheckpointFolder = "checkpoints";

    /// <summary>The results folder.</summary>
    public string Folder { get; } = folder;

    /// <summary>Records the spec; a folder that already holds a different spec is refused.</summary>
    /// <exception cref="SpecException">The folder holds another spec.</exception>
    /// <exception cref="ResultsFileException">The folder's spec copy is damaged.</exception>
    public void SaveSpec(JsonObject spec)
    {
        var saved = CheckSpec(spec);
        Directory.CreateDirectory(Path.Combine(Folder, RunsFolder));
        if (!saved) AtomicFile.WriteText(Path.Combine(Folder, SpecFile), spec.ToJsonString(ResultsFile.Options));
    }

    /// <summary>Whether the folder already holds <paramref name="spec"/> (false when it holds no spec yet); writes nothing.</summary>
    /// <exception cref="SpecException">The folder holds another spec.</exception>
    /// <exception cref="ResultsFileException">The folder's spec copy is damaged.</exception>
    public bool CheckSpec(JsonObject spec)
    {
        var path = Path.Combine(Folder, SpecFile);
        if (!File.Exists(path)) return false;
        if (!JsonNode.DeepEquals(ResultsJson.ReadObject(path), spec))
            throw new SpecException($"{Folder} holds runs of a different spec ({path}); give the spec that wrote it, or another folder");
        return true;
    }

    /// <summary>The spec a folder holds.</summary>
    /// <exception cref="ResultsFileException">The folder has no spec copy, or a damaged one.</exception>
    public JsonObject LoadSpec()
    {
        var path = Path.Combine(Folder, SpecFile);
        if (!File.Exists(path)) throw new ResultsFileException($"{Folder}: no {SpecFile}; not a folder written by 'qml run'");
        return ResultsJson.ReadObject(path);
    }

    /// <summary>Writes one finished run.</summary>
    public void Save(RunRecord record) =>
        AtomicFile.WriteText(Path.Combine(Folder, RunsFolder, FileName(record.Model, record.Seed)), JsonSerializer.Serialize(record, ResultsFile.Options));

    /// <summary>Every run finished so far, each checked as a run of <paramref name="spec"/> when it is given.</summary>
    /// <exception cref="ResultsFileException">A run file is damaged, or not a run of <paramref name="spec"/>.</exception>
    public IReadOnlyList<RunRecord> Load(ITaskSpec? spec = null)
    {
        var runs = Path.Combine(Folder, RunsFolder);
        if (!Directory.Exists(runs)) return [];
        return Directory.GetFiles(runs, "*.json")
            .Where(f => !AtomicFile.IsTemporary(f))
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var run = ResultsJson.Read<RunRecord>(f);
                if (spec is not null) RunRecordCheck.Check(run, spec, f);
                return run;
            })
            .ToList();
    }

    /// <summary>The file name of a run: the model name made file-safe, and the seed.</summary>
    public static string FileName(string model, int seed) => $"{SafeName(model)}.seed{seed}.json";

    /// <summary>A model name with every character that is not safe in a file name replaced by '_'.</summary>
    public static string SafeName(string model) => Unsafe().Replace(model, "_");

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex Unsafe();
}
