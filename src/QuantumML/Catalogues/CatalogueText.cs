namespace QuantumML.Catalogues;

/// <summary>A catalogue as plain text for a terminal (<c>qml list</c>): each entry with what it is, then its fields with
/// their type, default and allowed values.</summary>
public static class CatalogueText
{
    /// <summary>The lines of <paramref name="catalogue"/>, a heading first.</summary>
    public static IEnumerable<string> Lines(ICatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        yield return $"{char.ToUpperInvariant(catalogue.Title[0])}{catalogue.Title[1..]}, named by {catalogue.NamedBy}:";
        var width = catalogue.Items.Max(e => e.Name.Length);
        foreach (var entry in catalogue.Items)
        {
            yield return $"  {entry.Name.PadRight(width)}  {entry.Doc}";
            if (entry.Fields.Count == 0) continue;
            var fieldWidth = entry.Fields.Max(f => f.Name.Length);
            foreach (var field in entry.Fields)
            {
                var allowed = field.Allowed.Length == 0 ? "" : $"; {field.Allowed}";
                var tunable = field.Tunable ? "; tunable" : "";
                yield return $"      {field.Name.PadRight(fieldWidth)}  {field.Type}, default {field.Default}{allowed}{tunable}: {field.Doc}";
            }
        }
    }
}
