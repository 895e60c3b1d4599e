using System.Globalization;
using System.Security.Cryptography;
using QuantumML.QSharp;
using QuantumML.QSharp.Supervision;

namespace QuantumML.Classroom.Checks;

/// <summary>Collects the facts the generated checks emit, exercise by exercise; starts each exercise's own time limit when its
/// checks begin; and stops the run when the code under check prints more than an exercise may.</summary>
/// <remarks>A fact is a message <c>QML|SECRET|EXERCISE|TAG|KEY|TEXT</c>. The secret is drawn afresh for every collector (one per
/// student) from a cryptographic source and written only into the generated checks, which the student's code can neither read
/// nor call: a message without it is the student's own output, counted against the output limit and otherwise ignored. An
/// exercise begins at most once, in the order of the run, and only its begin sets a time limit, so no output can extend one.</remarks>
/// <param name="timeLimits">The time limit of each exercise, by index.</param>
/// <param name="outputLimit">What the code under check may print per exercise (messages and dumps other than the checks' own).</param>
internal sealed class FactCollector(IReadOnlyList<TimeSpan> timeLimits, OutputLimit outputLimit) : IRunObserver
{
    /// <summary>Every fact message starts with this, then the secret.</summary>
    public const string Prefix = "QML|";

    private readonly Dictionary<int, ExerciseFacts> _facts = [];
    private string? _pendingDump;
    private readonly string _prefix = Prefix + NewSecret() + "|";

    /// <summary>The secret the generated checks must write into every fact.</summary>
    public string Secret => _prefix[Prefix.Length..^1];

    /// <summary>The exercise whose checks are running: begun and not ended.</summary>
    public int? Current { get; private set; }

    /// <summary>The facts of an exercise (empty if it reported none).</summary>
    public ExerciseFacts this[int exercise] => _facts.TryGetValue(exercise, out var f) ? f : _facts[exercise] = new ExerciseFacts();

    public RunSignal OnMessage(string message)
    {
        if (!message.StartsWith(_prefix, StringComparison.Ordinal)) return Charge(message.Length);
        var parts = message[_prefix.Length..].Split('|', 4);
        if (parts.Length < 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var exercise) || exercise >= timeLimits.Count)
            throw new InvalidOperationException($"a malformed fact from the generated checks: {message}");
        var (tag, key, text) = (parts[1], parts[2], parts[3]);
        var facts = this[exercise];
        _pendingDump = null;
        if (tag == "begin")
        {
            // The checks run each exercise once; a second begin would mean the checks are broken, not the student.
            if (facts.Began || Current is not null) throw new InvalidOperationException($"exercise {exercise} began twice, or inside another");
            facts.Began = true;
            Current = exercise;
            return RunSignal.Restart(timeLimits[exercise]);
        }
        if (Current != exercise) throw new InvalidOperationException($"a fact of exercise {exercise} outside its checks: {message}");
        switch (tag)
        {
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
        if (_pendingDump is { } key && Current is { } exercise)
        {
            // The checks' own dump, which they emit right after announcing it: no student code runs in between.
            _pendingDump = null;
            this[exercise].AddDump(key, dump.Parse());
            return RunSignal.Continue;
        }
        // The student's own dump, counted with its dense size without being parsed.
        return Charge(dump.TextLength + (long)Math.Min(long.MaxValue / 2, dump.DenseBytes));
    }

    /// <summary>Forgets the exercise a stopped run was in, before the next run starts.</summary>
    public void EndRun()
    {
        Current = null;
        _pendingDump = null;
    }

    /// <summary>Counts output of the code under check against the running exercise's limit.</summary>
    private RunSignal Charge(long bytes)
    {
        if (Current is not { } exercise) return RunSignal.Continue;
        var facts = this[exercise];
        facts.OutputEvents++;
        facts.OutputBytes += bytes;
        if (facts.OutputEvents <= outputLimit.MaxEvents && facts.OutputBytes <= outputLimit.MaxBytes) return RunSignal.Continue;
        facts.TooMuchOutput = true;
        return RunSignal.Stop(string.Create(CultureInfo.InvariantCulture, $"exercise {exercise} printed too much output"));
    }

    private static string NewSecret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
