using System.Text;
using System.Text.Json.Nodes;

namespace QuantumML.Experiments.Tests.Fuzzing;

/// <summary>One edit of an input: its kind, where it applies and what it puts there, each chosen by the generator as a
/// plain integer so that CsCheck can shrink a failing input to the fewest, smallest edits.</summary>
/// <param name="Kind">Which edit (see <see cref="Mutator"/>).</param>
/// <param name="Where">Which node or position, modulo the count.</param>
/// <param name="What">Which replacement value or character, modulo the table.</param>
public sealed record Mutation(int Kind, int Where, int What);

/// <summary>Applies <see cref="Mutation"/>s to a valid input: structural edits to its JSON (delete, replace with values of
/// every type and size, rename, duplicate, move subtrees, nudge numbers) and byte-level edits to its text (truncate,
/// insert, delete, duplicate), so that inputs reach deep into a reader instead of stopping at its first syntax error.</summary>
/// <param name="words">Strings and property names seen in the corpus, reused as values and keys (a field of one task
/// moved into another, an enum value of one field given to another).</param>
internal sealed class Mutator(IReadOnlyList<string> words)
{
    /// <summary>How many kinds of edit there are: the first <see cref="JsonKinds"/> act on the JSON tree.</summary>
    public const int Kinds = 12;

    private const int JsonKinds = 8;

    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1", "2", "3", "7", "0.5", "-0.0", "1e-320", "1e308", "-1e308", "1.7976931348623157e308",
        "2147483647", "2147483648", "-2147483648", "4294967296", "9007199254740993", "1e400", "123456789012345678901234567890",
        "\"\"", "\"x\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"a/b\"", "\"a_b\"", "\"\\u0000\"", "\"../../etc/passwd\"", "\"/dev/zero\"",
        "[]", "{}", "[1, 2, 3]", "[1, 1]", "[[]]", "[0.5, 0.5]", "[-1]", "[100000, 100000]", "{\"a\": 1}", "[null]", "[\"x\"]",
        new string('[', 70) + "1" + new string(']', 70),
    ];

    private static readonly string[] Characters =
    [
        "", ",", "\n", "\r\n", "\"", "{", "}", "[", "]", ":", "0", "9", "-", ".", "e", "E", "+", " ", "\t", "\0", "\uFFFD", "\uD800",
        "NaN", "label", "1e999", ",,", "\n\n", "#", "/", "\\", "x",
    ];

    // Deeper than any reader accepts (64), so that nesting limits are tried too.
    private static readonly System.Text.Json.JsonDocumentOptions Deep = new() { AllowTrailingCommas = true, CommentHandling = System.Text.Json.JsonCommentHandling.Skip, MaxDepth = 256, AllowDuplicateProperties = false };

    /// <summary><paramref name="text"/> after <paramref name="mutations"/>, in order.</summary>
    public string Apply(string text, IEnumerable<Mutation> mutations)
    {
        ArgumentNullException.ThrowIfNull(mutations);
        var current = text;
        foreach (var m in mutations)
        {
            current = m.Kind < JsonKinds ? EditJson(current, m) ?? EditText(current, m with { Kind = JsonKinds + m.Kind % (Kinds - JsonKinds) }) : EditText(current, m);
        }
        return current;
    }

    /// <summary>A value of the table or a corpus word; null is JSON's null.</summary>
    private JsonNode? Value(int what)
    {
        var index = (int)((uint)what % (Values.Length + words.Count));
        return index < Values.Length ? JsonNode.Parse(Values[index], documentOptions: Deep) : JsonValue.Create(words[index - Values.Length]);
    }

    /// <summary>The JSON edit, or null when the text is not JSON (then a text edit is made instead).</summary>
    private string? EditJson(string text, Mutation m)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: Deep);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException)
        {
            return null;
        }
        if (root is null) return null;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var node = nodes[(int)((uint)m.Where % nodes.Count)];
        switch (m.Kind)
        {
            case 0: // delete the node from its parent
                Remove(node);
                break;
            case 1: // replace it with a value of any type
                if (!Replace(node, Value(m.What))) return Value(m.What)?.ToJsonString() ?? "null";
                break;
            case 2: // insert a value into an array, or a known field into an object
                if (node is JsonArray array) array.Insert((int)((uint)m.What % (array.Count + 1)), Value(m.What / 7));
                else if (node is JsonObject obj && words.Count > 0) obj[words[(int)((uint)m.What % words.Count)]] = Value(m.What / 7);
                break;
            case 3: // duplicate an array's element, or a subtree into a sibling place
                if (node is JsonArray { Count: > 0 } items) items.Add(items[(int)((uint)m.What % items.Count)]?.DeepClone());
                else if (nodes[(int)((uint)m.What % nodes.Count)] is var other && other != node && !Contains(node, other) && !Contains(other, node)) Replace(node, other.DeepClone());
                break;
            case 4: // rename a field
                if (node.Parent is JsonObject parent && words.Count > 0)
                {
                    var name = node.GetPropertyName();
                    var renamed = words[(int)((uint)m.What % words.Count)];
                    parent.Remove(name);
                    parent[renamed] = node;
                }
                break;
            case 5: // nudge a number
                if (node is JsonValue v && v.TryGetValue<double>(out var d))
                {
                    var nudged = (m.What % 6) switch
                    {
                        0 => d + 1,
                        1 => d - 1,
                        2 => d * 1000,
                        3 => -d,
                        4 => d + 0.5,
                        _ => Math.Floor(d / 2),
                    };
                    Replace(node, double.IsFinite(nudged) ? JsonValue.Create(nudged) : JsonValue.Create(0));
                }
                break;
            case 6: // wrap the node in an array or an object
                Replace(node, (m.What & 1) == 0 ? new JsonArray(node.DeepClone()) : new JsonObject { ["value"] = node.DeepClone() });
                break;
            default: // empty a container
                if (node is JsonArray a) a.Clear();
                else if (node is JsonObject o) o.Clear();
                break;
        }
        return root.ToJsonString();
    }

    private static string EditText(string text, Mutation m)
    {
        var at = text.Length == 0 ? 0 : (int)((uint)m.Where % (text.Length + 1));
        var insert = Characters[(int)((uint)m.What % Characters.Length)];
        switch (m.Kind)
        {
            case 8: return text[..at];
            case 9: return string.Concat(text.AsSpan(0, at), insert, text.AsSpan(at));
            case 10:
                var length = Math.Min(text.Length - at, 1 + (int)((uint)m.What % 40));
                return string.Concat(text.AsSpan(0, at), text.AsSpan(at + length));
            default:
                var slice = Math.Min(text.Length - at, 1 + (int)((uint)m.What % 200));
                var copy = text.Substring(at, slice);
                return new StringBuilder(text).Insert(at, copy).ToString();
        }
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList()) if (child is not null) Collect(child, nodes);
                break;
            case JsonArray array:
                foreach (var child in array.ToList()) if (child is not null) Collect(child, nodes);
                break;
        }
    }

    private static bool Contains(JsonNode ancestor, JsonNode node)
    {
        for (var p = node.Parent; p is not null; p = p.Parent)
            if (ReferenceEquals(p, ancestor)) return true;
        return false;
    }

    private static void Remove(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject parent: parent.Remove(node.GetPropertyName()); break;
            case JsonArray parent: parent.Remove(node); break;
        }
    }

    private static bool Replace(JsonNode node, JsonNode? value)
    {
        switch (node.Parent)
        {
            case JsonObject parent: parent[node.GetPropertyName()] = value; return true;
            case JsonArray parent: parent[parent.IndexOf(node)] = value; return true;
            default: return false;
        }
    }

    /// <summary>Every property name and string value of <paramref name="texts"/> that parse as JSON.</summary>
    public static IReadOnlyList<string> WordsOf(IEnumerable<string> texts)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            JsonNode? root;
            try
            {
                root = JsonNode.Parse(text, documentOptions: Deep);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException)
            {
                continue;
            }
            if (root is null) continue;
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            foreach (var node in nodes)
            {
                if (node.Parent is JsonObject) words.Add(node.GetPropertyName());
                if (node is JsonValue value && value.TryGetValue<string>(out var s) && s.Length < 80) words.Add(s);
            }
        }
        return [.. words];
    }
}
