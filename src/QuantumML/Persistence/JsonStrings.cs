using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuantumML.Persistence;

/// <summary>Finds strings in a parsed JSON tree that cannot be read back as .NET strings.</summary>
/// <remarks>System.Text.Json accepts an escape of half a UTF-16 pair (<c>"\uDECE"</c>) when it parses, and
/// only unescaping it throws, later, wherever the string happens to be read. Every reader of user files
/// asks here once, right after parsing, so that error gets a path like any other.</remarks>
public static class JsonStrings
{
    /// <summary>The JSON path of the first string or field name that does not unescape, or null when all do.</summary>
    public static string? FindUnreadable(JsonNode? node, string path = "$")
    {
        try
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, child) in o)
                    {
                        if (FindUnreadable(child, $"{path}.{name}") is { } found) return found;
                    }
                    return null;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        if (FindUnreadable(a[i], $"{path}[{i}]") is { } found) return found;
                    }
                    return null;
                case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                    _ = v.GetValue<string>();
                    return null;
                default:
                    return null;
            }
        }
        catch (InvalidOperationException)
        {
            return path;
        }
    }

    /// <summary>The message for a string found by <see cref="FindUnreadable"/>.</summary>
    public static string Problem => "is not valid Unicode (an escape of an unpaired UTF-16 surrogate)";
}
