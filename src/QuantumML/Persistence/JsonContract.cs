using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace QuantumML.Persistence;

/// <summary>Reads JSON into a record strictly: every field the record's contract reads must be present, none other
/// may be, and each must have the right shape; the first problem is a <see cref="ModelFileException"/> naming its
/// JSON path.</summary>
/// <remarks>
/// System.Text.Json alone fills a missing field with its default and reports a missing required one without its
/// path, so the node is walked first against the serializer's own contract (<see cref="JsonTypeInfo"/>), which
/// keeps the check in step with the records as they change; the serializer then does the conversion.
/// </remarks>
public static class JsonContract
{
    /// <summary>Reads <paramref name="node"/>, found at <paramref name="path"/>, as a <typeparamref name="T"/> of a model file.</summary>
    public static T Read<T>(JsonNode? node, string path) => (T)Read(node, typeof(T), path);

    /// <summary>Reads <paramref name="node"/>, found at <paramref name="path"/>, as a <paramref name="type"/> of a model file.</summary>
    public static object Read(JsonNode? node, Type type, string path) => Read(node, type, path, Rules.ModelFile);

    /// <summary>Reads <paramref name="node"/>, found at <paramref name="path"/>, as a <paramref name="type"/> serialized with
    /// <paramref name="options"/> (not model-file JSON): fields that are nullable or have a default may be missing, and
    /// fields the serializer writes but never reads (computed ones) are allowed.</summary>
    public static object Read(JsonNode? node, Type type, string path, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Read(node, type, path, new Rules(options, Lenient: true));
    }

    /// <summary>How strict a reading is: model files list every field and only those; other files may omit optional ones.</summary>
    private sealed record Rules(JsonSerializerOptions Options, bool Lenient)
    {
        public static Rules ModelFile { get; } = new(ModelJson.Options, Lenient: false);
    }

    private static object Read(JsonNode? node, Type type, string path, Rules rules)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (node is null) throw ModelFileException.At(path, "is null");
        Check(node, rules.Options.GetTypeInfo(type), path, rules);
        try
        {
            return node.Deserialize(type, rules.Options) ?? throw ModelFileException.At(path, "is null");
        }
        catch (JsonException e)
        {
            // Not expected after the walk; kept so that a shape it misses still names its place.
            throw ModelFileException.At(ModelFileException.Join(path, e.Path?.TrimStart('$') ?? ""), "cannot be read: " + e.Message.Split(". Path:")[0]);
        }
    }

    private static void Check(JsonNode node, JsonTypeInfo info, string path, Rules rules)
    {
        var type = info.Type;
        if (typeof(JsonNode).IsAssignableFrom(type))
        {
            if (type == typeof(JsonObject) && node is not JsonObject) throw Wrong(node, path, "an object");
            if (type == typeof(JsonArray) && node is not JsonArray) throw Wrong(node, path, "an array");
            return;
        }
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                var obj = node as JsonObject ?? throw Wrong(node, path, "an object");
                if (info.PolymorphismOptions is { } polymorphism)
                {
                    var (derived, discriminator) = DerivedType(obj, polymorphism, path);
                    CheckObject(obj, rules.Options.GetTypeInfo(derived), path, discriminator, rules);
                }
                else
                {
                    CheckObject(obj, info, path, null, rules);
                }
                return;
            case JsonTypeInfoKind.Enumerable:
                var array = node as JsonArray ?? throw Wrong(node, path, "an array");
                for (var i = 0; i < array.Count; i++) CheckValue(array[i], info.ElementType!, AllowsNull(info.ElementType!), $"{path}[{i}]", rules);
                return;
            case JsonTypeInfoKind.Dictionary:
                var map = node as JsonObject ?? throw Wrong(node, path, "an object");
                foreach (var (key, value) in map) CheckValue(value, info.ElementType!, AllowsNull(info.ElementType!), $"{path}.{key}", rules);
                return;
            default:
                CheckScalar(node, type, path, rules);
                return;
        }
    }

    private static void CheckObject(JsonObject obj, JsonTypeInfo info, string path, string? discriminator, Rules rules)
    {
        var fields = info.Properties.Where(ModelJson.IsRead).ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var (name, _) in obj)
        {
            if (name != discriminator && !fields.ContainsKey(name) && !(rules.Lenient && info.Properties.Any(p => p.Name == name)))
                throw ModelFileException.At($"{path}.{name}", $"is not a field here; the fields are {string.Join(", ", fields.Keys)}");
        }
        foreach (var field in fields.Values)
        {
            var allowsNull = field.AssociatedParameter?.IsNullable ?? field.IsSetNullable;
            if (!obj.TryGetPropertyValue(field.Name, out var value))
            {
                if (rules.Lenient && (field.AssociatedParameter is null ? allowsNull || !field.IsRequired : field.AssociatedParameter.HasDefaultValue)) continue;
                throw ModelFileException.At($"{path}.{field.Name}", "is missing");
            }
            CheckValue(value, field.PropertyType, allowsNull, $"{path}.{field.Name}", rules);
        }
    }

    private static void CheckValue(JsonNode? value, Type type, bool allowsNull, string path, Rules rules)
    {
        if (value is null)
        {
            if (!allowsNull) throw ModelFileException.At(path, "is null");
            return;
        }
        Check(value, rules.Options.GetTypeInfo(type), path, rules);
    }

    private static (Type Derived, string Discriminator) DerivedType(JsonObject obj, JsonPolymorphismOptions polymorphism, string path)
    {
        var name = polymorphism.TypeDiscriminatorPropertyName;
        var field = $"{path}.{name}";
        var known = polymorphism.DerivedTypes.Select(d => ((string)d.TypeDiscriminator!, d.DerivedType)).ToList();
        var allowed = string.Join(", ", known.Select(k => k.Item1));
        if (!obj.TryGetPropertyValue(name, out var node)) throw ModelFileException.At(field, $"is missing; it is one of {allowed}");
        var value = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw Wrong(node, field, $"one of {allowed}");
        foreach (var (discriminator, derived) in known)
            if (discriminator == value) return (derived, name);
        throw ModelFileException.At(field, $"is '{value}'; allowed: {allowed}");
    }

    private static void CheckScalar(JsonNode node, Type type, string path, Rules rules)
    {
        var expected = Expected(Nullable.GetUnderlyingType(type) ?? type);
        if (node is not JsonValue) throw Wrong(node, path, expected);
        try
        {
            node.Deserialize(type, rules.Options);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw Wrong(node, path, expected);
        }
    }

    private static bool AllowsNull(Type type) => Nullable.GetUnderlyingType(type) is not null;

    private static string Expected(Type type) =>
        type == typeof(string) ? "a string"
        : type == typeof(bool) ? "true or false"
        : type == typeof(double) || type == typeof(float) ? "a number"
        : type.IsEnum ? "one of " + string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.KebabCaseLower.ConvertName))
        : type.IsPrimitive ? $"a whole number within the range of {type.Name}"
        : $"a {type.Name}";

    private static ModelFileException Wrong(JsonNode? node, string path, string expected)
    {
        var found = node switch
        {
            null => "null",
            JsonObject => "an object",
            JsonArray => "an array",
            // The kind of value, not the value: messages never quote a file's content.
            _ => node.GetValueKind() switch
            {
                JsonValueKind.String => "a string",
                JsonValueKind.Number => "a number",
                JsonValueKind.True or JsonValueKind.False => "true or false",
                _ => "null",
            },
        };
        return ModelFileException.At(path, $"is {found}, expected {expected}");
    }
}
