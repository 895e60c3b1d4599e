using System.Text;
using System.Text.Json;

namespace QuantumML.Settings;

/// <summary>Finds a property named twice in one JSON object, with its line and column.</summary>
/// <remarks>System.Text.Json refuses duplicates when asked (<see cref="JsonDocumentOptions.AllowDuplicateProperties"/>)
/// but its exception carries no position; this scan gives the second occurrence's place for the message.</remarks>
internal static class DuplicateProperties
{
    /// <summary>The first repeated property as (name, 1-based line, 1-based column), or null.</summary>
    public static (string Name, int Line, int Column)? Find(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var objects = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject: objects.Push([]); break;
                    case JsonTokenType.EndObject: objects.Pop(); break;
                    case JsonTokenType.PropertyName when !objects.Peek().Add(reader.GetString()!):
                        var before = bytes.AsSpan(0, (int)reader.TokenStartIndex);
                        var line = before.Count((byte)'\n') + 1;
                        var column = Encoding.UTF8.GetCharCount(before[(before.LastIndexOf((byte)'\n') + 1)..]) + 1;
                        return (reader.GetString()!, line, column);
                }
            }
        }
        catch (JsonException)
        {
            // A syntax error is reported by the parser itself, with its own position.
        }
        return null;
    }
}
