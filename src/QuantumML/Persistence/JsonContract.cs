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
    /// <summary>Reads <paramref name="node"/>, found at <paramref name="path"/>, as a <typeparamref name="T"/>.</summary>
    public static T Read<T>(JsonNode? node, string path) => (T)Read(node, typeof(T), path);

    /// <summary>Reads <paramref name="node"/>, found at <paramref name="path"/>, as a <paramref name="type"/>.</summary>
    public static object Read(JsonNode? node, Type type, string path)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (node is null) throw ModelFileException.At(path, "is null");
        Check(node, ModelJson.Options.GetTypeInfo(type), path);
        try
        {
            return node.Deserialize(type, ModelJson.Options) ?? throw ModelFileException.At(path, "is null");
        }
        catch (JsonException e)
        {
            // Not expected after the walk; kept so that a shape it misses still names its place.
            throw ModelFileException.At(ModelFileException.Join(path, e.Path?.TrimStart('$') ?? ""), "cannot be read: " + e.Message.Split(". Path:")[0]);
        }
    }

    private static void Check(JsonNode node, JsonTypeInfo info, string path)
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
                    CheckObject(obj, ModelJson.Options.GetTypeInfo(derived), path, discriminator);
                }
                else
                {
                    CheckObject(obj, info, path, null);
                }
                return;
            case JsonTypeInfoKind.Enumerable:
                var array = node as JsonArray ?? throw Wrong(node, path, "an array");
                for (var i = 0; i < array.Count; i++) CheckValue(array[i], info.ElementType!, AllowsNull(info.ElementType!), $"{path}[{i}]");
                return;
            case JsonTypeInfoKind.Dictionary:
                var map = node as JsonObject ?? throw Wrong(node, path, "an object");
                foreach (var (key, value) in map) CheckValue(value, info.ElementType!, AllowsNull(info.ElementType!), $"{path}.{key}");
                return;
            default:
                CheckScalar(node, type, path);
                return;
        }
    }

    private static void CheckObject(JsonObject obj, JsonTypeInfo info, string path, string? discriminator)
    {
        var fields = info.Properties.Where(ModelJson.IsRead).ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var (name, _) in obj)
        {
            if (name != discriminator && !fields.ContainsKey(name))
                throw ModelFileException.At($"{path}.{name}", $"is not a field here; the fields are {string.Join(", ", fields.Keys)}");
        }
        foreach (var field in fields.Values)
        {
            if (!obj.TryGetPropertyValue(field.Name, out var value)) throw ModelFileException.At($"{path}.{field.Name}", "is missing");
            CheckValue(value, field.PropertyType, field.AssociatedParameter?.IsNullable ?? field.IsSetNullable, $"{path}.{field.Name}");
        }
    }

    private static void CheckValue(JsonNode? value, Type type, bool allowsNull, string path)
    {
        if (value is null)
        {
            if (!allowsNull) throw ModelFileException.At(path, "is null");
            return;
        }
        Check(value, ModelJson.Options.GetTypeInfo(type), path);
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

    private static void CheckScalar(JsonNode node, Type type, string path)
    {
        var expected = Expected(Nullable.GetUnderlyingType(type) ?? type);
        if (node is not JsonValue) throw Wrong(node, path, expected);
        try
        {
            node.Deserialize(type, ModelJson.Options);
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
            _ => node.ToJsonString() is var text && text.Length > 40 ? text[..40] + "…" : node.ToJsonString(),
        };
        return ModelFileException.At(path, $"is {found}, expected {expected}");
    }
}
