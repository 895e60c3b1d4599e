using QuantumML.Settings;

namespace QuantumML.Catalogues;

/// <summary>The entries of one extension point, each declared once with its name, fields and how to build it.</summary>
/// <typeparam name="TEntry">The entry type, which knows how to build what it names.</typeparam>
/// <param name="title">What the catalogue holds, e.g. "classifiers".</param>
/// <param name="namedBy">Where specs name an entry, e.g. <c>models[].type</c>.</param>
/// <param name="entries">The entries, in the order messages and tables list them.</param>
public sealed class Catalogue<TEntry>(string title, string namedBy, IReadOnlyList<TEntry> entries) : ICatalogue where TEntry : CatalogueEntry
{
    /// <inheritdoc/>
    public string Title => title;

    /// <inheritdoc/>
    public string NamedBy => namedBy;

    /// <summary>The entries.</summary>
    public IReadOnlyList<TEntry> Entries => entries;

    /// <inheritdoc/>
    public IReadOnlyList<CatalogueEntry> Items => entries;

    /// <summary>The entries' names, in order.</summary>
    public IReadOnlyList<string> Names { get; } = [.. entries.Select(e => e.Name)];

    /// <summary>The entry named <paramref name="name"/>, or null.</summary>
    public TEntry? Find(string name) => entries.FirstOrDefault(e => e.Name == name);

    /// <summary>The entry named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No entry has that name; the message lists the known ones.</exception>
    public TEntry this[string name] => Find(name) ?? throw new ArgumentException($"unknown {title} entry '{name}'; known: {string.Join(", ", Names)}", nameof(name));

    /// <summary>The entry named by the string field <paramref name="field"/> of <paramref name="settings"/>, one of
    /// <paramref name="allowed"/> (default: every entry), or <paramref name="fallback"/> when absent ("" for required).</summary>
    public TEntry Read(SettingsReader settings, string field, string fallback, IReadOnlyList<string>? allowed = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return this[settings.Choice(field, fallback, [.. allowed ?? Names])];
    }
}
