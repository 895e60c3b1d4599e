using QuantumML.Settings;

namespace QuantumML.Catalogues;

/// <summary>A number field within [<paramref name="Min"/>, <paramref name="Max"/>].</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Fallback">The value when the field is absent.</param>
/// <param name="Min">The smallest value allowed.</param>
/// <param name="Max">The largest value allowed.</param>
/// <param name="Doc">What it means.</param>
public sealed record NumberField(string Name, double Fallback, double Min, double Max, string Doc) : Field(Name, Doc)
{
    /// <inheritdoc/>
    public override string Type => "number";

    /// <inheritdoc/>
    protected override string? DefaultValue => Text(Fallback);

    /// <inheritdoc/>
    public override string Allowed => $"{Text(Min)} to {Text(Max)}";

    /// <summary>The field's value in <paramref name="settings"/>, checked.</summary>
    public double Read(SettingsReader settings) => Read(settings, Fallback);

    /// <summary>The field's value, or <paramref name="fallback"/> when absent.</summary>
    public double Read(SettingsReader settings, double fallback)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Number(Name, fallback, Min, Max);
    }
}
