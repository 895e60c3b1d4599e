using System.Text.Json;
using System.Text.Json.Serialization;
using QuantumML.IO;

namespace QuantumML.Training;

/// <summary>A checkpoint kept as one JSON file, replaced atomically.</summary>
/// <param name="path">The checkpoint file.</param>
public sealed class JsonCheckpointStore(string path) : ICheckpointStore
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The checkpoint file.</summary>
    public string Path => path;

    /// <inheritdoc/>
    public TrainingCheckpoint? Load()
    {
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<TrainingCheckpoint>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: the checkpoint is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a training checkpoint ({e.Message}); delete it to train from the start.", e);
        }
    }

    /// <inheritdoc/>
    public void Save(TrainingCheckpoint checkpoint)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        AtomicFile.WriteText(path, JsonSerializer.Serialize(checkpoint, Json));
    }

    /// <summary>Removes the checkpoint, once the training's result is safely stored elsewhere.</summary>
    public void Delete()
    {
        if (File.Exists(path)) File.Delete(path);
    }
}
