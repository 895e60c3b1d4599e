using QuantumML.Settings;

namespace QuantumML.Catalogues;

/// <summary>A true/false field.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Fallback">The value when the field is absent.</param>
/// <param name="Doc">What it means.</param>
public sealed record FlagField(string Name, bool Fallback, string Doc) : Field(Name, Doc)
{
    /// <inheritdoc/>
    public override string Type => "boolean";

    /// <inheritdoc/>
    protected override string? DefaultValue => Fallback ? "true" : "false";

    /// <inheritdoc/>
    public override string Allowed => "";

    /// <summary>The field's value in <paramref name="settings"/>.</summary>
    public bool Read(SettingsReader settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Flag(Name, Fallback);
    }
}
