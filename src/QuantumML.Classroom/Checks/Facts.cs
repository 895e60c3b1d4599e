using QuantumML.QSharp;

namespace QuantumML.Classroom.Checks;

/// <summary>What a run reported about one exercise: the facts its generated Q# emitted as messages
/// (<c>QML|SECRET|EXERCISE|TAG|KEY|TEXT</c>) and the state dumps that followed them.</summary>
internal sealed class ExerciseFacts
{
    private readonly Dictionary<(string Tag, string Key), string> _texts = [];
    private readonly Dictionary<string, StateDump> _dumps = new(StringComparer.Ordinal);

    /// <summary>The exercise's checks started.</summary>
    public bool Began { get; set; }

    /// <summary>The exercise's checks ran to their end (possibly stopping early at a failure they found).</summary>
    public bool Ended { get; set; }

    /// <summary>The input the checks were working on last (an index into the check's cases).</summary>
    public int? Case { get; set; }

    /// <summary>The most qubits the student's callable had in use at once, as counted in its first call.</summary>
    public int? Qubits { get; set; }

    /// <summary>Messages and dumps the code under check printed during the exercise's checks.</summary>
    public long OutputEvents { get; set; }

    /// <summary>Their bytes: the text of messages, the text and dense amplitudes of dumps.</summary>
    public long OutputBytes { get; set; }

    /// <summary>Whether the code under check printed more than the exercise allows (and the run was stopped there).</summary>
    public bool TooMuchOutput { get; set; }

    /// <summary>The first difference an operation check found: (case index, variant).</summary>
    public (int Case, string Variant)? Difference { get; set; }

    /// <summary>Records a fact's text under its tag and key.</summary>
    public void Add(string tag, string key, string text) => _texts[(tag, key)] = text;

    /// <summary>Records the dump that followed the fact keyed <paramref name="key"/>.</summary>
    public void AddDump(string key, StateDump dump) => _dumps[key] = dump;

    /// <summary>The text of a fact, or null.</summary>
    public string? Text(string tag, string key) => _texts.GetValueOrDefault((tag, key));

    /// <summary>The dump keyed <paramref name="key"/>, or null.</summary>
    public StateDump? Dump(string key) => _dumps.GetValueOrDefault(key);
}
