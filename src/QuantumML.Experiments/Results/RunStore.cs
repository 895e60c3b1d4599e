using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QuantumML.Experiments.Specs;
using QuantumML.IO;

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
    public void SaveSpec(JsonObject spec)
    {
        Directory.CreateDirectory(Path.Combine(Folder, RunsFolder));
        var path = Path.Combine(Folder, SpecFile);
        var text = spec.ToJsonString(ResultsFile.Options);
        if (File.Exists(path))
        {
            if (!JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(path)), spec))
                throw new SpecException($"{Folder} holds runs of a different spec ({path}); use another --out folder");
            return;
        }
        AtomicFile.WriteText(path, text);
    }

    /// <summary>The spec a folder holds.</summary>
    public JsonObject LoadSpec()
    {
        var path = Path.Combine(Folder, SpecFile);
        if (!File.Exists(path)) throw new SpecException($"{Folder}: no {SpecFile}; not a folder written by 'qml run'");
        return JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new SpecException($"{path}: not a JSON object");
    }

    /// <summary>Writes one finished run.</summary>
    public void Save(RunRecord record) =>
        AtomicFile.WriteText(Path.Combine(Folder, RunsFolder, FileName(record.Model, record.Seed)), JsonSerializer.Serialize(record, ResultsFile.Options));

    /// <summary>Every run finished so far.</summary>
    public IReadOnlyList<RunRecord> Load()
    {
        var runs = Path.Combine(Folder, RunsFolder);
        if (!Directory.Exists(runs)) return [];
        return Directory.GetFiles(runs, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(f => JsonSerializer.Deserialize<RunRecord>(File.ReadAllText(f), ResultsFile.Options) ?? throw new InvalidDataException($"{f}: empty run file"))
            .ToList();
    }

    /// <summary>The file name of a run: the model name made file-safe, and the seed.</summary>
    public static string FileName(string model, int seed) => $"{SafeName(model)}.seed{seed}.json";

    /// <summary>A model name with every character that is not safe in a file name replaced by '_'.</summary>
    public static string SafeName(string model) => Unsafe().Replace(model, "_");

    [GeneratedRegex("[^A-Za-z0-9_.-]")]
    private static partial Regex Unsafe();
}
