namespace QuantumML.Catalogues;

/// <summary>A catalogue seen from outside: its title, the spec field that names its entries, and the entries.</summary>
public interface ICatalogue
{
    /// <summary>What the catalogue holds, e.g. "classifiers".</summary>
    string Title { get; }

    /// <summary>Where specs name an entry, e.g. <c>models[].type</c>.</summary>
    string NamedBy { get; }

    /// <summary>The entries, in the order messages and tables list them.</summary>
    IReadOnlyList<CatalogueEntry> Items { get; }
}
