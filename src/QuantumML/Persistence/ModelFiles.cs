using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumML.Data;
using QuantumML.IO;
using QuantumML.Preprocessing;
using QuantumML.QSharp;

namespace QuantumML.Persistence;

/// <summary>Makes, writes and reads model files (<see cref="ModelFile"/>); reading is strict and names the field at fault.</summary>
public static class ModelFiles
{
    /// <summary>The value of <c>$.format</c> in every model file.</summary>
    public const string Format = "qml-model";

    /// <summary>The format version this code writes and reads.</summary>
    public const int Version = 1;

    /// <summary>The file of a trained <paramref name="model"/> named <paramref name="name"/>, trained with
    /// <paramref name="seed"/> on data shaped like <paramref name="rawTrain"/> (its class and feature names, before
    /// <paramref name="preprocessing"/>); a quantum model needs the <paramref name="qsharp"/> check of its project.</summary>
    public static ModelFile Create(IPersistentClassifier model, string name, int seed, Dataset rawTrain, IEnumerable<IFeatureTransform> preprocessing, CheckResult? qsharp)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(rawTrain);
        ArgumentNullException.ThrowIfNull(preprocessing);
        var snapshot = model.Snapshot();
        var fingerprint = snapshot.QSharpCallables.Count == 0 ? null
            : QSharpFingerprint.Of(qsharp ?? throw new ArgumentException($"{name} runs Q#: saving it needs the check of its Q# project.", nameof(qsharp)), snapshot.QSharpCallables);
        return new ModelFile(Format, Version, snapshot.Kind, name, seed, [.. rawTrain.ClassNames], [.. rawTrain.FeatureNames],
            preprocessing.Select(t => t.ExportState()).ToList(), ToObject(snapshot.Options), ToObject(snapshot.State), fingerprint,
            null, null, DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture));
    }

    /// <summary>The file's JSON text.</summary>
    public static string Serialize(ModelFile file) => JsonSerializer.Serialize(file, ModelJson.Options);

    /// <summary>Reads and checks the model file at <paramref name="path"/>.</summary>
    /// <exception cref="ModelFileException">The file is missing, not JSON, truncated, of another format or version, or a field is missing or wrong.</exception>
    public static ModelFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = DataFile.ReadText(path, what: "model file");
        }
        catch (DataFileException e)
        {
            throw new ModelFileException(e.Message, e);
        }
        return Parse(text, path);
    }

    /// <summary>Checks and reads model file text; <paramref name="fileName"/> names it in messages.</summary>
    /// <exception cref="ModelFileException">See <see cref="Read"/>.</exception>
    public static ModelFile Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        JsonNode? root;
        try
        {
            // A field given twice would otherwise surface as a crash when the object is walked.
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        }
        catch (ArgumentException e) when (e.InnerException is System.Text.EncoderFallbackException)
        {
            throw new ModelFileException($"{fileName}: the text is not valid Unicode (an unpaired surrogate)", e);
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" LineNumber:")[0].Split(" Path:")[0];
            throw new ModelFileException($"{fileName}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not valid JSON, the file may be truncated: {reason}", e);
        }
        if (JsonStrings.FindUnreadable(root) is { } bad) throw new ModelFileException($"{fileName}: {bad} {JsonStrings.Problem}");
        try
        {
            return Check(root);
        }
        catch (ModelFileException e)
        {
            throw e.InFile(fileName);
        }
    }

    private static ModelFile Check(JsonNode? root)
    {
        if (root is not JsonObject obj) throw ModelFileException.At("$", "is not a JSON object: not a QuantumML model file");
        var format = obj["format"] is JsonValue f && f.TryGetValue<string>(out var s) ? s : null;
        if (format != Format)
            throw ModelFileException.At("$.format", (format is null ? "is missing or not a string" : $"is '{format}'") + $": not a QuantumML model file (expected '{Format}')");
        if (obj["version"] is not JsonValue v || !v.TryGetValue<int>(out var version))
            throw ModelFileException.At("$.version", "is missing or not a whole number");
        if (version != Version) throw ModelFileException.At("$.version", $"is {version}; this qml reads model files of version {Version}");
        var kindName = obj["kind"] is JsonValue k && k.TryGetValue<string>(out var n) ? n : null;
        var kind = (kindName is null ? null : Models.ClassifierCatalogue.Catalogue.Find(kindName)?.Kind)
            ?? throw ModelFileException.At("$.kind", $"{(kindName is null ? "is missing or not a string" : $"is '{kindName}'")}; known kinds: {string.Join(", ", Models.ClassifierCatalogue.Catalogue.Names)}");

        var file = JsonContract.Read<ModelFile>(obj, "$");
        JsonContract.Read(file.Hyperparameters, kind.OptionsType, "$.hyperparameters");
        JsonContract.Read(file.Parameters, kind.StateType, "$.parameters");
        if (file.Classes.Length < 2) throw ModelFileException.At("$.classes", $"names {file.Classes.Length} class(es); a classifier has at least two");
        if (file.Features.Length == 0) throw ModelFileException.At("$.features", "is empty");
        var width = file.Features.Length;
        for (var i = 0; i < file.Preprocessing.Count; i++)
        {
            var step = file.Preprocessing[i];
            if (step.InputCount != width)
                throw ModelFileException.At($"$.preprocessing[{i}]", $"takes {step.InputCount} features, but {(i == 0 ? "$.features names" : $"$.preprocessing[{i - 1}] gives")} {width}");
            width = step.OutputCount;
        }
        if (kind.IsQuantum && file.QSharp is null) throw ModelFileException.At("$.qsharp", $"is null, but a {kind.Name} model runs Q#");
        return file;
    }

    private static JsonObject ToObject(object value) =>
        JsonSerializer.SerializeToNode(value, value.GetType(), ModelJson.Options) as JsonObject
        ?? throw new InvalidOperationException($"A {value.GetType().Name} does not serialize to a JSON object.");
}
