using System.Globalization;
using QuantumML.QSharp;
using QuantumML.QSharp.Supervision;

namespace QuantumML.Classroom.Checks;

/// <summary>Collects the facts the generated checks emit, exercise by exercise, and starts each exercise's own time limit
/// when its checks begin.</summary>
/// <param name="timeLimits">The time limit of each exercise, by index.</param>
internal sealed class FactCollector(IReadOnlyList<TimeSpan> timeLimits) : IRunObserver
{
    /// <summary>Every fact message starts with this.</summary>
    public const string Prefix = "QML|";

    private readonly Dictionary<int, ExerciseFacts> _facts = [];
    private string? _pendingDump;

    /// <summary>The exercise whose checks are running: begun and not ended.</summary>
    public int? Current { get; private set; }

    /// <summary>The facts of an exercise (empty if it reported none).</summary>
    public ExerciseFacts this[int exercise] => _facts.TryGetValue(exercise, out var f) ? f : _facts[exercise] = new ExerciseFacts();

    public RunSignal OnMessage(string message)
    {
        if (!message.StartsWith(Prefix, StringComparison.Ordinal)) return RunSignal.Continue;
        var parts = message.Split('|', 5);
        if (parts.Length < 5 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var exercise)) return RunSignal.Continue;
        var (tag, key, text) = (parts[2], parts[3], parts[4]);
        var facts = this[exercise];
        _pendingDump = null;
        switch (tag)
        {
            case "begin":
                facts.Began = true;
                Current = exercise;
                return RunSignal.Restart(timeLimits[exercise]);
            case "end":
                facts.Ended = true;
                Current = null;
                break;
            case "case":
                facts.Case = int.Parse(key, CultureInfo.InvariantCulture);
                break;
            case "qubits":
                facts.Qubits = int.Parse(text, CultureInfo.InvariantCulture);
                break;
            case "differs":
                facts.Difference ??= (int.Parse(key, CultureInfo.InvariantCulture), text);
                break;
            case "dump":
                _pendingDump = key;
                break;
            default:
                facts.Add(tag, key, text);
                break;
        }
        return RunSignal.Continue;
    }

    public RunSignal OnDump(DumpEvent dump)
    {
        if (_pendingDump is { } key && Current is { } exercise) this[exercise].AddDump(key, dump.Parse());
        _pendingDump = null;
        return RunSignal.Continue;
    }
}
