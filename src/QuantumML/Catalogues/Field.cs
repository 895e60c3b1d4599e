using System.Globalization;

namespace QuantumML.Catalogues;

/// <summary>One field of a catalogue entry as a spec writes it: its name, JSON type, default, allowed values and meaning.
/// Spec checks read the field through it, sweeps ask it whether it is tunable, and <c>qml list</c> and the README's
/// option tables print it, so a field is declared once.</summary>
/// <param name="Name">The JSON name, e.g. <c>learning_rate</c>.</param>
/// <param name="Doc">What it means, in a few words.</param>
public abstract record Field(string Name, string Doc)
{
    /// <summary>Whether a hyper-parameter sweep (<c>"grid"</c> or <c>"random"</c>) may vary it.</summary>
    public bool Tunable { get; init; }

    /// <summary>Describes a default that depends on the rest of the spec (e.g. "the number of features"), in place of a value.</summary>
    public string? DefaultNote { get; init; }

    /// <summary>The JSON type, as the documentation writes it.</summary>
    public abstract string Type { get; }

    /// <summary>The default value as JSON text, or null when the field is required or has none.</summary>
    protected abstract string? DefaultValue { get; }

    /// <summary>The allowed values or range, as the documentation writes them ("" when any value of the type goes).</summary>
    public abstract string Allowed { get; }

    /// <summary>The default as the documentation writes it.</summary>
    public string Default => DefaultNote ?? DefaultValue ?? "required";

    /// <summary>A number as the documentation writes it: 100000 as 100,000, 1e-09 as 1e-9.</summary>
    protected static string Text(double value) =>
        value is >= 1e5 or <= -1e5 && value == Math.Floor(value) && Math.Abs(value) < 1e15 ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("G6", CultureInfo.InvariantCulture).Replace("E-0", "e-", StringComparison.Ordinal).Replace("E+0", "e", StringComparison.Ordinal).Replace("E", "e", StringComparison.Ordinal);
}
