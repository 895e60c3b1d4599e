using QuantumML.Settings;

namespace QuantumML.Catalogues;

/// <summary>An integer field within [<paramref name="Min"/>, <paramref name="Max"/>].</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Fallback">The value when the field is absent.</param>
/// <param name="Min">The smallest value allowed.</param>
/// <param name="Max">The largest value allowed.</param>
/// <param name="Doc">What it means.</param>
public sealed record WholeField(string Name, int Fallback, int Min, int Max, string Doc) : Field(Name, Doc)
{
    /// <inheritdoc/>
    public override string Type => "integer";

    /// <inheritdoc/>
    protected override string? DefaultValue => Text(Fallback);

    /// <inheritdoc/>
    public override string Allowed => Max == int.MaxValue ? $"≥ {Text(Min)}" : $"{Text(Min)} to {Text(Max)}";

    /// <summary>The field's value in <paramref name="settings"/>, checked.</summary>
    public int Read(SettingsReader settings) => Read(settings, Fallback);

    /// <summary>The field's value, or <paramref name="fallback"/> when absent (a default that depends on the spec).</summary>
    public int Read(SettingsReader settings, int fallback)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Whole(Name, fallback, Min, Max);
    }
}
