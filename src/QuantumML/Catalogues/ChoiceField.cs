using QuantumML.Settings;

namespace QuantumML.Catalogues;

/// <summary>A string field that names one of <paramref name="Choices"/> (often the entries of another catalogue).</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Fallback">The value when the field is absent ("" for a required field).</param>
/// <param name="Choices">The values allowed, in the order messages list them.</param>
/// <param name="Doc">What it means.</param>
public sealed record ChoiceField(string Name, string Fallback, IReadOnlyList<string> Choices, string Doc) : Field(Name, Doc)
{
    /// <inheritdoc/>
    public override string Type => "string";

    /// <inheritdoc/>
    protected override string? DefaultValue => Fallback.Length == 0 ? null : Fallback;

    /// <inheritdoc/>
    public override string Allowed => string.Join(", ", Choices);

    /// <summary>The field's value in <paramref name="settings"/>, checked.</summary>
    public string Read(SettingsReader settings) => Read(settings, Fallback);

    /// <summary>The field's value, or <paramref name="fallback"/> when absent.</summary>
    public string Read(SettingsReader settings, string fallback)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Choice(Name, fallback, [.. Choices]);
    }
}
