using System.Numerics;
using System.Text;
using System.Text.Json;

namespace QuantumML.QSharp.Engine;

/// <summary>Turns the module's event stream (JSON strings) into shots, or into the error it reports.</summary>
internal static class EventDecoder
{
    public const char Separator = '\u001e';

    public static List<ShotResult> Decode(string events)
    {
        var shots = new List<ShotResult>();
        var dumps = new List<StateDump>();
        var messages = new List<string>();
        QSharpRuntimeException? firstFailure = null;
        foreach (var range in events.AsSpan().Split(Separator))
        {
            var text = events.AsSpan(range);
            if (text.IsWhiteSpace()) continue;
            var bytes = Encoding.UTF8.GetBytes(text.ToString());
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            switch (root.GetProperty("type").GetString())
            {
                case "Result":
                    if (root.GetProperty("success").GetBoolean())
                    {
                        shots.Add(new ShotResult(root.GetProperty("result").GetString() ?? "", dumps, messages));
                    }
                    else
                    {
                        var diagnostics = Diagnostics(root.GetProperty("result"));
                        if (!IsRuntimeFailure(root.GetProperty("result")))
                            throw new QSharpCompilationException(diagnostics);
                        firstFailure ??= new QSharpRuntimeException(diagnostics, shots.Count);
                        shots.Add(new ShotResult("", dumps, messages));
                    }
                    dumps = [];
                    messages = [];
                    break;
                case "DumpMachine":
                    dumps.Add(ParseDump(root));
                    break;
                case "Message":
                    messages.Add(root.GetProperty("message").GetString() ?? "");
                    break;
                case "HostError":
                    // After a failed Result the module throws a short summary of it; that adds nothing.
                    if (firstFailure is null && shots.Count == 0)
                    {
                        var message = root.GetProperty("message").GetString();
                        throw new QSharpHostException(root.TryGetProperty("trap", out var trap) && trap.GetBoolean()
                            ? $"The Q# interpreter crashed (wasm trap '{message}'). Seen with qsharp-lang 1.32.5-dev when a fail or Fact fires inside a partially applied operation; calling that operation directly shows its message."
                            : $"The Q# module failed: {message}");
                    }
                    break;
            }
        }
        if (firstFailure is not null) throw firstFailure;
        return shots;
    }

    /// <summary>Calls <paramref name="visit"/> with each event of a stream (JSON texts separated by U+001E), in order.</summary>
    internal static void ForEach(string events, Action<JsonElement> visit)
    {
        foreach (var range in events.AsSpan().Split(Separator))
        {
            var text = events.AsSpan(range);
            if (text.IsWhiteSpace()) continue;
            using var doc = JsonDocument.Parse(Encoding.UTF8.GetBytes(text.ToString()));
            visit(doc.RootElement);
        }
    }

    /// <summary>Dense amplitudes from a DumpMachine event; labels put qubit 0 leftmost, which is the most significant bit.</summary>
    internal static StateDump ParseDump(JsonElement root)
    {
        var n = root.GetProperty("qubitCount").GetInt32();
        if (n > 30)
            throw new QSharpHostException($"A state dump of {n} qubits is too large to hold densely.");
        var amplitudes = new Complex[1 << n];
        foreach (var entry in root.GetProperty("state").EnumerateObject())
        {
            var index = n == 0 ? 0 : LabelIndex(entry.Name, n);
            var pair = entry.Value;
            amplitudes[index] = new Complex(pair[0].GetDouble(), pair[1].GetDouble());
        }
        return new StateDump(n, amplitudes);
    }

    private static int LabelIndex(string label, int n)
    {
        // "|0110⟩": the bits sit between '|' and '⟩'.
        if (label.Length != n + 2 || label[0] != '|' || label[^1] != '⟩')
            throw new QSharpHostException($"Unexpected basis label '{label}' in a {n}-qubit state dump.");
        var index = 0;
        for (var k = 1; k <= n; k++)
        {
            var c = label[k];
            if (c != '0' && c != '1')
                throw new QSharpHostException($"Unexpected basis label '{label}' in a {n}-qubit state dump.");
            index = (index << 1) | (c - '0');
        }
        return index;
    }

    internal static bool IsRuntimeFailure(JsonElement result) =>
        result.TryGetProperty("code", out var code) && code.GetString() is { } c && c.StartsWith("Qdk.Qsc.Eval.", StringComparison.Ordinal);

    internal static List<QSharpDiagnostic> Diagnostics(JsonElement result)
    {
        var list = new List<QSharpDiagnostic>();
        if (result.ValueKind == JsonValueKind.Object && result.TryGetProperty("errors", out var errors))
        {
            foreach (var error in errors.EnumerateArray())
            {
                var d = error.GetProperty("diagnostic");
                var start = d.GetProperty("range").GetProperty("start");
                list.Add(new QSharpDiagnostic(
                    error.TryGetProperty("document", out var doc) ? doc.GetString() ?? "" : "",
                    start.GetProperty("line").GetInt32() + 1,
                    start.GetProperty("character").GetInt32() + 1,
                    d.GetProperty("code").GetString() ?? "",
                    d.GetProperty("message").GetString() ?? "",
                    d.TryGetProperty("severity", out var sev) ? sev.GetString() ?? "error" : "error")
                {
                    Stack = error.TryGetProperty("stack", out var stack) && stack.ValueKind == JsonValueKind.String ? stack.GetString() : null,
                });
            }
        }
        if (list.Count == 0)
            list.Add(new QSharpDiagnostic("", 1, 1, "Qdk.Unknown", result.ToString()));
        return list;
    }
}
