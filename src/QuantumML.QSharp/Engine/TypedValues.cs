using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using QuantumML.QSharp.Values;

namespace QuantumML.QSharp.Engine;

/// <summary>The generated Q# that learns an expression's type, and that hands over the Strings nested in its value.</summary>
/// <remarks>
/// The type: the expression is bound to a variable of a fresh struct type, which it cannot have, and the compiler's message
/// "expected Never, found T" names its type; a compile without a run (zero shots) is enough.
/// The Strings: the runtime prints a String inside an array or tuple without quotes, so its end cannot be read from the text.
/// For a type with such Strings, the expression is passed through a generated operation that
/// emits each such String as a message (marked with a random token) before returning the value, so the host can read the
/// printed value with the Strings in hand. The expression starts a line of its own, one line down, in both.
/// </remarks>
internal static class TypedValues
{
    private const string ProbeNamespace = "QmlTypeProbe";
    private const string PassNamespace = "QmlTypedValue";
    private const string NeverType = "QmlNever";

    /// <summary>The program that reports the type of <paramref name="expression"/> as a compile error.</summary>
    public static string ProbeProgram(QSharpProject project, string expression) =>
        project.ProgramJsonWith(new QSharpSource(Document(project, ProbeNamespace), string.Join('\n',
            $"namespace {ProbeNamespace} {{",
            $"    struct {NeverType} {{ Never : Int }}",
            "    operation Probe() : Unit {",
            $"        let _ : {NeverType} = (",
            expression,
            "        );",
            "    }",
            "}",
            "")));

    /// <summary>The type the probe's compile error names, or null (the expression has errors of its own, or a type this
    /// host cannot read).</summary>
    public static QType? ReadProbe(string events)
    {
        var prefix = $"type error: expected {NeverType}, found ";
        QType? type = null;
        EventDecoder.ForEach(events, root =>
        {
            if (root.GetProperty("type").GetString() != "Result" || root.GetProperty("success").GetBoolean()) return;
            foreach (var d in EventDecoder.Diagnostics(root.GetProperty("result")))
            {
                if (!d.Message.StartsWith(prefix, StringComparison.Ordinal)) continue;
                try
                {
                    type ??= QType.Parse(d.Message[prefix.Length..].Split('\n')[0].Trim());
                }
                catch (FormatException)
                {
                    // A type this host cannot read: the value is read without it.
                }
            }
        });
        return type;
    }

    /// <summary>Whether values of <paramref name="type"/> need the pass-through that hands over their Strings.</summary>
    public static bool NeedsPass(QType type) => type.HasNestedString;

    /// <summary>The type as the pass-through declares it: a struct or callable inside becomes a type parameter, since its name
    /// as the compiler prints it may not resolve in the generated file (and its Strings are not needed).</summary>
    private static string Declared(QType type, List<string> parameters) => type.Kind switch
    {
        QTypeKind.Named or QTypeKind.Callable => Parameter(parameters),
        QTypeKind.Array => Declared(type.Items[0], parameters) + "[]",
        QTypeKind.Tuple => "(" + string.Join(", ", type.Items.Select(i => Declared(i, parameters))) + ")",
        _ => type.Text,
    };

    private static string Parameter(List<string> parameters)
    {
        parameters.Add(string.Create(CultureInfo.InvariantCulture, $"'T{parameters.Count}"));
        return parameters[^1];
    }

    /// <summary>A run of <paramref name="expression"/> through the pass-through: the program, the entry expression, and the
    /// token that marks the String messages.</summary>
    public static (string ProgramJson, string Expression, string Token) Pass(QSharpProject project, QType type, string expression)
    {
        var token = "\u0001qml-string|" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)) + "|";
        var body = new StringBuilder();
        var counter = 0;
        Emit(body, type, "v", token, "        ", ref counter);
        var parameters = new List<string>();
        var declared = Declared(type, parameters);
        var generic = parameters.Count == 0 ? "" : "<" + string.Join(", ", parameters) + ">";
        var text = string.Join('\n',
            $"namespace {PassNamespace} {{",
            $"    operation Pass{generic}(v : {declared}) : {declared} {{",
            body.ToString().TrimEnd('\n'),
            "        v",
            "    }",
            "}",
            "");
        return (project.ProgramJsonWith(new QSharpSource(Document(project, PassNamespace), text)), $"{PassNamespace}.Pass(\n{expression}\n)", token);
    }

    /// <summary>Statements that emit every String of <paramref name="value"/>, in the order they print.</summary>
    private static void Emit(StringBuilder q, QType type, string value, string token, string indent, ref int counter)
    {
        switch (type.Kind)
        {
            case QTypeKind.String:
                q.Append(indent).Append("Message(\"").Append(token).Append("\" + ").Append(value).Append(");\n");
                break;
            case QTypeKind.Array when type.HasNestedString:
                var item = $"x{counter++.ToString(CultureInfo.InvariantCulture)}";
                q.Append(indent).Append($"for {item} in {value} {{\n");
                Emit(q, type.Items[0], item, token, indent + "    ", ref counter);
                q.Append(indent).Append("}\n");
                break;
            case QTypeKind.Tuple when type.HasNestedString:
                var n = counter++.ToString(CultureInfo.InvariantCulture);
                var names = type.Items.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"t{n}_{i}")).ToList();
                q.Append(indent).Append($"let ({string.Join(", ", names)}) = {value};\n");
                for (var i = 0; i < names.Count; i++) Emit(q, type.Items[i], names[i], token, indent, ref counter);
                break;
        }
    }

    /// <summary>A shot of a typed run: its value as typed JSON, its Strings taken out of its messages.</summary>
    public static ShotResult Typed(ShotResult shot, QType? type, string? token)
    {
        var strings = token is null ? null : shot.Messages.Where(m => m.StartsWith(token, StringComparison.Ordinal)).Select(m => m[token.Length..]).ToList();
        var messages = token is null ? shot.Messages : shot.Messages.Where(m => !m.StartsWith(token, StringComparison.Ordinal)).ToList();
        var json = shot.Succeeded ? Json(shot, type, strings) : null;
        return new ShotResult(shot.Text, shot.Dumps, messages) { Errors = token is null ? shot.Errors : MapDiagnostics(shot.Errors), Json = json, HasJson = shot.Succeeded };
    }

    private static System.Text.Json.Nodes.JsonNode? Json(ShotResult shot, QType? type, IReadOnlyList<string>? strings)
    {
        if (type is not null)
        {
            try
            {
                return TypedJson.Read(type, shot.Text, strings);
            }
            catch (QValueFormatException)
            {
                // Read without the type below.
            }
        }
        return shot.TryValue is { } v ? v.ToJson() : System.Text.Json.Nodes.JsonValue.Create(shot.Text);
    }

    /// <summary>Diagnostics of a run through the pass-through as if the expression had run alone: positions in the entry
    /// expression one line up, and the pass-through's frames out of the call stack.</summary>
    private static List<QSharpDiagnostic> MapDiagnostics(IReadOnlyList<QSharpDiagnostic> diagnostics) =>
        diagnostics.Select(d => d with
        {
            Line = d.File == "<entry>" ? Math.Max(1, d.Line - 1) : d.Line,
            Stack = d.Stack is null ? null : string.Join('\n', d.Stack.Split('\n').Where(l => !l.Contains(PassNamespace, StringComparison.Ordinal))),
        }).ToList();

    private static string Document(QSharpProject project, string ns) => (project.HasManifest ? "src/" : "") + ns + ".qs";
}
