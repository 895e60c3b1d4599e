using QuantumML.Settings;

namespace QuantumML.Catalogues;

/// <summary>A free string field, such as the name of a Q# operation or a file.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Required">Whether the spec must give it.</param>
/// <param name="Doc">What it means.</param>
public sealed record TextField(string Name, bool Required, string Doc) : Field(Name, Doc)
{
    /// <inheritdoc/>
    public override string Type => "string";

    /// <inheritdoc/>
    protected override string? DefaultValue => Required ? null : "none";

    /// <inheritdoc/>
    public override string Allowed => "";

    /// <summary>The field's value: required ones must be present.</summary>
    public string? Read(SettingsReader settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Required ? settings.Text(Name) : settings.OptionalText(Name);
    }
}
