namespace QuantumML.Catalogues;

/// <summary>One entry of a catalogue: the name a spec gives it, what it is, and the fields it takes.</summary>
/// <param name="Name">The name specs use, e.g. <c>rmsprop</c>.</param>
/// <param name="Doc">What it is, in one line.</param>
public abstract record CatalogueEntry(string Name, string Doc)
{
    /// <summary>The fields of a spec entry of this kind, in the order the documentation lists them.</summary>
    public IReadOnlyList<Field> Fields { get; init; } = [];

    /// <summary>The fields a hyper-parameter sweep may vary, in declaration order.</summary>
    public IReadOnlyList<string> Tunable => [.. Fields.Where(f => f.Tunable).Select(f => f.Name)];

    /// <summary>The field named <paramref name="name"/>, of type <typeparamref name="T"/>.</summary>
    /// <exception cref="KeyNotFoundException">The entry declares no such field.</exception>
    public T Field<T>(string name) where T : Field =>
        Fields.OfType<T>().FirstOrDefault(f => f.Name == name) ?? throw new KeyNotFoundException($"{Name} declares no {typeof(T).Name} '{name}'");
}
