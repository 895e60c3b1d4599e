using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using QuantumML.IO;
using QuantumML.Persistence;

namespace QuantumML.Experiments.Results;

/// <summary>Reads the JSON files of a results folder strictly: a truncated or damaged file is named with the line and
/// column where it breaks, a field of the wrong type or a missing one with its JSON path, and nothing is half-read.</summary>
/// <remarks>The shape is checked against the serializer's own contract of the records (<see cref="JsonContract"/>), so the
/// check follows the records as they change; optional fields (nullable or with a default) may be absent.</remarks>
public static class ResultsJson
{
    // The settings results are written with, with the default contracts resolved (the written files' own options
    // get theirs only when first used to serialize).
    private static readonly JsonSerializerOptions Options = ReadOptions();

    private static JsonSerializerOptions ReadOptions()
    {
        var options = new JsonSerializerOptions(ResultsFile.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The JSON of <paramref name="path"/> read as a <typeparamref name="T"/>.</summary>
    /// <exception cref="ResultsFileException">The file is missing, not a regular file, not JSON, or of another shape.</exception>
    public static T Read<T>(string path) where T : class => Parse<T>(Text(path), path);

    /// <summary>The JSON object of <paramref name="path"/> (a spec copy).</summary>
    /// <exception cref="ResultsFileException">The file is missing, not a regular file, not JSON, or not an object.</exception>
    public static JsonObject ReadObject(string path) =>
        Node(Text(path), path) as JsonObject ?? throw new ResultsFileException($"{path}: not a JSON object; the file is damaged (delete it, or the folder, and run again)");

    /// <summary><paramref name="text"/>, the content of <paramref name="path"/>, read as a <typeparamref name="T"/>.</summary>
    public static T Parse<T>(string text, string path) where T : class
    {
        var node = Node(text, path);
        try
        {
            return (T)JsonContract.Read(node, typeof(T), "$", Options);
        }
        catch (ModelFileException e)
        {
            throw new ResultsFileException($"{path}: {e.Message}", e);
        }
    }

    private static string Text(string path)
    {
        try
        {
            return DataFile.ReadText(path, what: "results file");
        }
        catch (DataFileException e)
        {
            throw new ResultsFileException(e.Message, e);
        }
    }

    private static JsonNode Node(string text, string path)
    {
        try
        {
            var root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false })
                ?? throw new ResultsFileException($"{path}: holds null, not a QuantumML results file");
            return JsonStrings.FindUnreadable(root) is { } bad ? throw new ResultsFileException($"{path}: {bad} {JsonStrings.Problem}") : root;
        }
        catch (ArgumentException e) when (e.InnerException is System.Text.EncoderFallbackException)
        {
            throw new ResultsFileException($"{path}: the text is not valid Unicode (an unpaired surrogate)", e);
        }
        catch (JsonException e)
        {
            var reason = e.Message.Split(" LineNumber:")[0].Split(" Path:")[0].TrimEnd();
            throw new ResultsFileException($"{path}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not valid JSON, the file may be truncated or damaged: {reason}", e);
        }
    }
}
