using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumML.Persistence;

namespace QuantumML.Settings;

/// <summary>Reads the fields of one JSON object of a spec, naming the JSON path of anything wrong and
/// refusing fields it does not know (a typo must not silently fall back to a default).</summary>
/// <remarks>Written by hand: System.Text.Json reports syntax errors with lines, but not semantic ones with paths.</remarks>
public sealed class SettingsReader
{
    private readonly JsonObject _object;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>Reads <paramref name="node"/>, which must be an object, found at <paramref name="path"/> of <paramref name="file"/>.</summary>
    public SettingsReader(JsonNode? node, string path, string file)
    {
        Path = path;
        File = file;
        _object = node as JsonObject ?? throw Error($"{path} must be a JSON object");
    }

    /// <summary>The JSON path of the object, like <c>$.models[2]</c>.</summary>
    public string Path { get; }

    /// <summary>The spec file, for messages.</summary>
    public string File { get; }

    /// <summary>A spec error naming the file.</summary>
    public SpecException Error(string message) => new($"{File}: {message}");

    /// <summary>Whether the field is present (and not null).</summary>
    public bool Has(string name) => _object[name] is not null;

    /// <summary>A required string field.</summary>
    public string Text(string name) => OptionalText(name) ?? throw Error($"{Path}.{name} is required");

    /// <summary>An optional string field.</summary>
    public string? OptionalText(string name) => Read(name, (n, p) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw Error($"{p} must be a string"));

    /// <summary>A string field that must be one of <paramref name="allowed"/>.</summary>
    public string Choice(string name, string fallback, params string[] allowed)
    {
        var value = OptionalText(name) ?? fallback;
        if (!allowed.Contains(value, StringComparer.Ordinal))
            throw Error($"{Path}.{name} is '{value}'; allowed: {string.Join(", ", allowed)}");
        return value;
    }

    /// <summary>An integer field within [min, max].</summary>
    public int Whole(string name, int fallback, int min = int.MinValue, int max = int.MaxValue)
    {
        var value = Read(name, (n, p) => n is JsonValue v && v.TryGetValue<int>(out var i) ? (int?)i : throw Error($"{p} must be an integer")) ?? fallback;
        if (value < min || value > max) throw Error($"{Path}.{name} is {value}; it must be in [{min}, {max}]");
        return value;
    }

    /// <summary>A required integer field within [min, max].</summary>
    public int RequiredWhole(string name, int min = int.MinValue, int max = int.MaxValue) =>
        Has(name) ? Whole(name, 0, min, max) : throw Error($"{Path}.{name} is required");

    /// <summary>A number field within [min, max].</summary>
    public double Number(string name, double fallback, double min = double.MinValue, double max = double.MaxValue)
    {
        var value = Read(name, (n, p) => n is JsonValue v && v.TryGetValue<double>(out var d) ? (double?)d : throw Error($"{p} must be a number")) ?? fallback;
        if (!(value >= min && value <= max)) throw Error($"{Path}.{name} is {value}; it must be in [{min}, {max}]");
        return value;
    }

    /// <summary>A boolean field.</summary>
    public bool Flag(string name, bool fallback) =>
        Read(name, (n, p) => n is JsonValue v && v.TryGetValue<bool>(out var b) ? (bool?)b : throw Error($"{p} must be true or false")) ?? fallback;

    /// <summary>An array of numbers, or null when absent.</summary>
    public double[]? Numbers(string name) => Read(name, (n, p) => n is JsonArray a
        ? Bounded(a, p).Select((e, i) => e is JsonValue v && v.TryGetValue<double>(out var d) ? d : throw Error($"{p}[{i}] must be a number")).ToArray()
        : throw Error($"{p} must be an array of numbers"));

    /// <summary>An array of integers, or null when absent.</summary>
    public int[]? Integers(string name) => Read(name, (n, p) => n is JsonArray a
        ? Bounded(a, p).Select((e, i) => e is JsonValue v && v.TryGetValue<int>(out var d) ? d : throw Error($"{p}[{i}] must be an integer")).ToArray()
        : throw Error($"{p} must be an array of integers"));

    /// <summary>A required file path field, resolved against the spec's folder; the file must exist when
    /// <paramref name="mustExist"/> (false when re-reading a spec saved with its results).</summary>
    public string FilePath(string name, bool mustExist)
    {
        var specDir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(File)) ?? ".";
        var given = Text(name);
        if (given.Length == 0 || given.Contains('\0', StringComparison.Ordinal))
            throw Error($"{Path}.{name} must be a file path (not empty, no NUL character)");
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(specDir, given));
        if (mustExist && !System.IO.File.Exists(path)) throw Error($"{Path}.{name}: no such file {path}");
        return path;
    }

    /// <summary>A nested object, or null when absent.</summary>
    public SettingsReader? Section(string name) => Read(name, (n, p) => new SettingsReader(n, p, File));

    /// <summary>The elements of an array field, each with its path.</summary>
    public IReadOnlyList<(JsonNode? Node, string Path)> Array(string name) =>
        Read(name, (n, p) => n is JsonArray a ? Bounded(a, p).Select((e, i) => (e, $"{p}[{i}]")).ToList() : throw Error($"{p} must be an array"))
        ?? throw Error($"{Path}.{name} is required");

    /// <summary>Throws if the object has fields that were never read.</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var (name, _) in _object)
        {
            if (!_read.Contains(name) && !known.Contains(name, StringComparer.Ordinal))
                throw Error($"{Path}.{name} is not a known field here; known: {string.Join(", ", _read.Concat(known).Distinct().Order(StringComparer.Ordinal))}");
        }
    }

    /// <summary>The raw object, for the record kept in results.</summary>
    public JsonObject Raw => _object;

    /// <summary>The array, refused when it is longer than any spec list needs to be (<see cref="SpecLimits.MaxListLength"/>).</summary>
    private JsonArray Bounded(JsonArray array, string path) => array.Count <= SpecLimits.MaxListLength
        ? array
        : throw Error($"{path} lists {array.Count} values; at most {SpecLimits.MaxListLength}");

    private T? Read<T>(string name, Func<JsonNode, string, T> read)
    {
        _read.Add(name);
        var node = _object[name];
        return node is null ? default : read(node, $"{Path}.{name}");
    }

    /// <summary>Parses spec text, turning a syntax error into a message with the line.</summary>
    public static JsonNode Parse(string text, string file)
    {
        try
        {
            var root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowDuplicateProperties = false })
                ?? throw new SpecException($"{file}: the spec is empty");
            if (JsonStrings.FindUnreadable(root) is { } bad) throw new SpecException($"{file}: {bad} {JsonStrings.Problem}");
            return root;
        }
        catch (JsonException) when (DuplicateProperties.Find(text) is { } duplicate)
        {
            throw new SpecException($"{file}:{duplicate.Line}:{duplicate.Column}: \"{duplicate.Name}\" is given twice in the same object; keep one");
        }
        catch (ArgumentException e) when (e.InnerException is System.Text.EncoderFallbackException)
        {
            // Only text handed over directly can hold half a UTF-16 pair: a file's bytes are decoded with replacement.
            throw new SpecException($"{file}: the text is not valid Unicode (an unpaired surrogate)");
        }
        catch (JsonException e)
        {
            // The message ends with its own 0-based "LineNumber: …" position; the prefix already has the line.
            var message = e.Message;
            var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (at >= 0) message = message[..at].TrimEnd();
            throw new SpecException($"{file}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: invalid JSON: {message}");
        }
    }
}
