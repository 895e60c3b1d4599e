using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;

namespace QuantumML.QSharp.Values;

/// <summary>A printed Q# value read by its type into JSON that loses nothing and says what it is, together with the type:
/// Int a JSON integer; BigInt a string of digits (a JSON number that long loses digits in most readers); Double a number that
/// always has a point or an exponent (<c>2.0</c>, <c>-0.0</c>, <c>1E-07</c>) or one of the strings <c>"NaN"</c>,
/// <c>"Infinity"</c>, <c>"-Infinity"</c>; Bool; String a string; Result, Pauli and Qubit their names; Range
/// <c>{"start","step","end"}</c>; Unit null; arrays and tuples arrays. A struct's fields and a callable have no type here: a
/// struct is read as the tuple it prints as, a callable kept as its text.</summary>
public static class TypedJson
{
    /// <summary>Reads <paramref name="text"/>, the value of type <paramref name="type"/> as the runtime printed it.</summary>
    /// <param name="type">The value's type.</param>
    /// <param name="text">The printed value.</param>
    /// <param name="strings">The Strings nested in the value, in order (the runtime prints them without quotes, so the text
    /// cannot say where they end); null when the type has none.</param>
    /// <exception cref="QValueFormatException">The text does not read as the type.</exception>
    public static JsonNode? Read(QType type, string text, IReadOnlyList<string>? strings = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(text);
        if (type.Kind == QTypeKind.String) return JsonValue.Create(text);
        var reader = new Reader(text, strings);
        var node = reader.Value(type);
        return reader.AtEnd ? node : throw reader.Error("unexpected text after the value");
    }

    /// <summary>A Double as JSON: the shortest text that reads back to it, always with a point or an exponent.</summary>
    public static JsonNode FromDouble(double value) => double.IsFinite(value)
        ? JsonNode.Parse(WithPoint(value.ToString("R", CultureInfo.InvariantCulture)))!
        : JsonValue.Create(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");

    private static string WithPoint(string s) => s.Contains('.') || s.Contains('E') ? s : s + ".0";

    private sealed class Reader(string text, IReadOnlyList<string>? strings)
    {
        private int _pos;
        private int _string;

        public bool AtEnd => _pos >= text.Length;

        public QValueFormatException Error(string reason) => new(text, Math.Min(_pos, text.Length), reason);

        public JsonNode? Value(QType type)
        {
            switch (type.Kind)
            {
                case QTypeKind.Unit:
                    Expect("()");
                    return null;
                case QTypeKind.Array:
                    return Sequence('[', ']', _ => type.Items[0]);
                case QTypeKind.Tuple:
                    var tuple = Sequence('(', ')', i => i < type.Items.Count ? type.Items[i] : throw Error($"more items than the {type.Items.Count} of {type.Text}"));
                    return tuple.Count == type.Items.Count ? tuple : throw Error($"{tuple.Count} items where {type.Text} has {type.Items.Count}");
                case QTypeKind.String:
                    if (strings is null || _string >= strings.Count) throw Error("a String inside an array or tuple, whose end the text cannot show");
                    var s = strings[_string++];
                    if (string.CompareOrdinal(text, _pos, s, 0, s.Length) != 0) throw Error("the String does not match the printed value");
                    _pos += s.Length;
                    return JsonValue.Create(s);
                case QTypeKind.Named:
                    var group = Group();
                    return QValueParser.TryParse(group, out var v) ? v!.ToJson() : JsonValue.Create(group);
                default:
                    return Scalar(type.Kind, Token());
            }
        }

        private JsonNode? Scalar(QTypeKind kind, string token)
        {
            switch (kind)
            {
                case QTypeKind.Int when long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i):
                    return JsonValue.Create(i);
                case QTypeKind.BigInt when BigInteger.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b):
                    return JsonValue.Create(b.ToString(CultureInfo.InvariantCulture));
                case QTypeKind.Double:
                    return token switch
                    {
                        "NaN" => FromDouble(double.NaN),
                        "inf" => FromDouble(double.PositiveInfinity),
                        "-inf" => FromDouble(double.NegativeInfinity),
                        _ when double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => FromDouble(d),
                        _ => throw Error($"'{token}' is not a Double"),
                    };
                case QTypeKind.Bool when token is "true" or "false":
                    return JsonValue.Create(token == "true");
                case QTypeKind.Result when token is "Zero" or "One":
                case QTypeKind.Pauli when token is "PauliI" or "PauliX" or "PauliY" or "PauliZ":
                case QTypeKind.Qubit or QTypeKind.Callable:
                    return JsonValue.Create(token);
                case QTypeKind.Range:
                    var parts = token.Split("..");
                    if (parts.Length is 2 or 3 && parts.All(p => long.TryParse(p, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
                    {
                        var n = parts.Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                        return new JsonObject { ["start"] = n[0], ["step"] = n.Length == 3 ? n[1] : 1, ["end"] = n[^1] };
                    }
                    break;
            }
            throw Error($"'{token}' is not a {kind}");
        }

        private JsonArray Sequence(char open, char close, Func<int, QType> item)
        {
            Expect(open.ToString());
            var items = new JsonArray();
            if (Peek(close.ToString()))
            {
                _pos++;
                return items;
            }
            while (true)
            {
                items.Add(Value(item(items.Count)));
                if (Peek(", ")) { _pos += 2; continue; }
                Expect(close.ToString());
                return items;
            }
        }

        /// <summary>A scalar's text: up to the next ", ", "]" or ")" (a callable prints as "&lt;item 2 in package 2&gt;").</summary>
        private string Token()
        {
            var start = _pos;
            while (!AtEnd && text[_pos] is not (']' or ')') && !Peek(", ")) _pos++;
            return text[start.._pos];
        }

        /// <summary>A struct's text: a balanced group of parentheses.</summary>
        private string Group()
        {
            var start = _pos;
            var depth = 0;
            do
            {
                if (AtEnd) throw Error("missing ')'");
                if (text[_pos] == '(') depth++;
                else if (text[_pos] == ')') depth--;
                _pos++;
            }
            while (depth > 0);
            return text[start.._pos];
        }

        private bool Peek(string s) => string.CompareOrdinal(text, _pos, s, 0, s.Length) == 0;

        private void Expect(string s)
        {
            if (!Peek(s)) throw Error($"expected '{s}'");
            _pos += s.Length;
        }
    }
}
