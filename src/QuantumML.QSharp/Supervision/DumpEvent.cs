using System.Text.Json;
using QuantumML.QSharp.Engine;

namespace QuantumML.QSharp.Supervision;

/// <summary>A state dump as the program emitted it: its size is known at once, its amplitudes only when asked for, so that an
/// observer can ignore (or refuse) a wide dump without holding its 2^n amplitudes.</summary>
public sealed class DumpEvent
{
    private readonly string _json;

    internal DumpEvent(string json, int qubitCount)
    {
        _json = json;
        QubitCount = qubitCount;
    }

    /// <summary>The qubits dumped.</summary>
    public int QubitCount { get; }

    /// <summary>The characters of the event's JSON text (its non-zero amplitudes as text).</summary>
    public int TextLength => _json.Length;

    /// <summary>The bytes the dense amplitudes take: 16·2^n.</summary>
    public double DenseBytes => 16 * Math.Pow(2, QubitCount);

    /// <summary>The dump as dense amplitudes.</summary>
    /// <exception cref="QSharpHostException">The dump has more than 30 qubits.</exception>
    public StateDump Parse()
    {
        using var doc = JsonDocument.Parse(_json);
        return EventDecoder.ParseDump(doc.RootElement);
    }
}
