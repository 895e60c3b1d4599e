using QuantumML.QSharp.Values;

namespace QuantumML.QSharp;

/// <summary>What one shot produced: its value, and the dumps and messages it emitted on the way.</summary>
public sealed class ShotResult(string text, IReadOnlyList<StateDump> dumps, IReadOnlyList<string> messages)
{
    private QValue? _value;

    /// <summary>The value as the Q# runtime printed it; always kept, even where it cannot be parsed.</summary>
    public string Text { get; } = text;

    /// <summary>Every state dump of the shot, in order.</summary>
    public IReadOnlyList<StateDump> Dumps { get; } = dumps;

    /// <summary>Every <c>Message(...)</c> of the shot, in order.</summary>
    public IReadOnlyList<string> Messages { get; } = messages;

    /// <summary>Why the shot failed (a <c>fail</c>, a failed <c>Fact</c>…), with the Q# call stack; empty when it succeeded.</summary>
    public IReadOnlyList<QSharpDiagnostic> Errors { get; init; } = [];

    /// <summary>Whether the shot returned a value.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>With <see cref="RunOptions.TypedValues"/>: the value as typed JSON, read by the expression's type so that nothing
    /// is lost (see <see cref="TypedJson"/>); null for Unit and for a failed shot (see <see cref="HasJson"/>).</summary>
    public System.Text.Json.Nodes.JsonNode? Json { get; init; }

    /// <summary>Whether <see cref="Json"/> was computed.</summary>
    public bool HasJson { get; init; }

    /// <summary>The value parsed from <see cref="Text"/> (parsed once, on first use).</summary>
    /// <exception cref="QValueFormatException">The text is not a value this host can read back (see <see cref="QValueParser"/>).</exception>
    public QValue Value => _value ??= QValueParser.Parse(Text);

    /// <summary>The value, or null where <see cref="Text"/> cannot be parsed (a top-level String, for example).</summary>
    public QValue? TryValue => _value ?? (QValueParser.TryParse(Text, out var v) ? _value = v : null);
}
