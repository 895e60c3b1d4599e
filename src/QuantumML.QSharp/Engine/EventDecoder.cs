using System.Numerics;
using System.Text;
using System.Text.Json;

namespace QuantumML.QSharp.Engine;

/// <summary>Turns the module's event stream (JSON strings) into shots, or into the error it reports.</summary>
internal static class EventDecoder
{
    public const char Separator = '\u001e';

    /// <summary>The shots of a finished run.</summary>
    /// <exception cref="QSharpCompilationException">The program did not compile.</exception>
    /// <exception cref="QSharpRuntimeException">A shot failed (the exception holds every shot).</exception>
    /// <exception cref="QSharpOutputLimitException">The run passed its output limit.</exception>
    /// <exception cref="QSharpHostException">The module failed before any shot ended (a wasm trap, say).</exception>
    public static List<ShotResult> Decode(string events) => Decode(events, 1, shots => new RunResult("", null, shots, TimeSpan.Zero)).Shots.ToList();

    /// <summary>The result of a finished run, made by <paramref name="make"/> from its shots; see <see cref="Decode(string)"/>
    /// for the exceptions, each of which carries that result.</summary>
    /// <param name="events">The events.</param>
    /// <param name="shots">The shots asked for: a crash before the last of them ended is an error even if some ended.</param>
    /// <param name="make">Makes the result.</param>
    public static RunResult Decode(string events, int shots, Func<IReadOnlyList<ShotResult>, RunResult> make)
    {
        var read = Read(events);
        var result = make(read.Shots) with { Unfinished = read.Unfinished };
        if (read.OutputLimit is { } limit)
            throw new QSharpOutputLimitException(limit.Limit, limit.Events, limit.Bytes, limit.DumpQubits) { Partial = result };
        if (read.HostError is { } error && read.Shots.Count < shots) throw error;
        if (result.Shots.FirstOrDefault(s => !s.Succeeded) is { } failed)
            throw new QSharpRuntimeException(failed.Errors, result.Shots.ToList().IndexOf(failed)) { Result = result };
        return result;
    }

    /// <summary>Throws when the events end with the run passing its output limit.</summary>
    /// <exception cref="QSharpOutputLimitException">They do.</exception>
    public static void ThrowIfOutputLimit(string events)
    {
        var last = events.LastIndexOf(Separator);
        if (!events.AsSpan(last + 1).StartsWith("{\"type\":\"OutputLimit\"", StringComparison.Ordinal)) return;
        if (Read(events[(last + 1)..]).OutputLimit is { } limit)
            throw new QSharpOutputLimitException(limit.Limit, limit.Events, limit.Bytes, limit.DumpQubits);
    }

    /// <summary>What a stopped run had emitted: the shots it finished and the output of the one it was in; never throws for a
    /// failed shot.</summary>
    public static (IReadOnlyList<ShotResult> Shots, ShotResult? Unfinished) Partial(string events)
    {
        var read = Read(events);
        return (read.Shots, read.Unfinished);
    }

    private sealed record OutputLimitEvent(OutputLimit Limit, long Events, long Bytes, int DumpQubits);

    private sealed record Reading(List<ShotResult> Shots, ShotResult? Unfinished, OutputLimitEvent? OutputLimit, QSharpHostException? HostError);

    /// <exception cref="QSharpCompilationException">The program did not compile.</exception>
    private static Reading Read(string events)
    {
        var shots = new List<ShotResult>();
        var dumps = new List<StateDump>();
        var messages = new List<string>();
        OutputLimitEvent? outputLimit = null;
        QSharpHostException? hostError = null;
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
                        shots.Add(new ShotResult("", dumps, messages) { Errors = diagnostics });
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
                case "OutputLimit":
                    outputLimit = new OutputLimitEvent(
                        new OutputLimit(root.GetProperty("maxEvents").GetInt32(), root.GetProperty("maxBytes").GetInt64()),
                        root.GetProperty("events").GetInt64(), (long)Math.Min(long.MaxValue, root.GetProperty("bytes").GetDouble()), root.GetProperty("dumpQubits").GetInt32());
                    break;
                case "HostError":
                    // After a failed Result the module throws a short summary of it; that adds nothing. A trap is always news.
                    if (shots.All(s => s.Succeeded) || (root.TryGetProperty("trap", out var trap) && trap.GetBoolean())) hostError ??= HostError(root);
                    break;
            }
        }
        var unfinished = dumps.Count + messages.Count > 0 ? new ShotResult("", dumps, messages) : null;
        return new Reading(shots, unfinished, outputLimit, hostError);
    }

    /// <summary>A trap with the wasm memory past this size is taken for the simulator running out of memory: the allocator
    /// aborts (a trap) when the memory cannot grow by what it asks for, which happens short of the 4 GiB ceiling (a state of
    /// 27 or 30 entangled qubits trapped at 2.8 GiB with 1.32.5-dev).</summary>
    internal const long OutOfMemoryThreshold = 1L << 30;

    /// <summary>The exception for a HostError event: a wasm trap (out of memory when the memory had grown large) or another
    /// failure of the module.</summary>
    internal static QSharpHostException HostError(JsonElement root)
    {
        var message = root.GetProperty("message").GetString();
        var trap = root.TryGetProperty("trap", out var t) && t.GetBoolean();
        var memory = root.TryGetProperty("memory", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : 0;
        if (trap && memory >= OutOfMemoryThreshold)
            return new QSharpHostException(OutOfMemoryMessage(memory)) { OutOfMemory = true };
        return new QSharpHostException(trap
            ? $"The Q# interpreter crashed (wasm trap '{message}'). An allocation beyond the 4 GiB a wasm module can address (a very large array, say) ends this way; so does, with qsharp-lang 1.32.5-dev, a fail or Fact inside a partially applied operation (calling that operation directly shows its message)."
            : $"The Q# module failed: {message}");
    }

    /// <summary>What an out-of-memory crash means.</summary>
    internal static string OutOfMemoryMessage(double memory) =>
        $"The Q# simulator ran out of memory: its memory had grown to {OutputLimit.Bytes(memory)} when an allocation failed (a wasm module addresses at most 4 GiB). " +
        "A state of n entangled qubits takes 16·2^n bytes or more (27 qubits: 2 GiB); deep recursion and very large arrays fill it too.";

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
        // The output limit refuses wide dumps before they get here (each costs 16·2^n bytes); this guards other callers.
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
