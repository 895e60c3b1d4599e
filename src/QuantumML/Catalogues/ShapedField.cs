namespace QuantumML.Catalogues;

/// <summary>A field whose value is a list or an object (a schedule, a noise level, hidden-layer widths), read by its
/// entry's own code; declared here so that sweeps, <c>qml list</c> and the documentation know it.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Shape">Its JSON form, e.g. <c>[integers]</c> or <c>{"kind": ..., ...}</c>.</param>
/// <param name="Fallback">The default as the documentation writes it, or null when there is none.</param>
/// <param name="Doc">What it means.</param>
public sealed record ShapedField(string Name, string Shape, string? Fallback, string Doc) : Field(Name, Doc)
{
    /// <inheritdoc/>
    public override string Type => Shape;

    /// <inheritdoc/>
    protected override string? DefaultValue => Fallback ?? "none";

    /// <inheritdoc/>
    public override string Allowed => "";
}
