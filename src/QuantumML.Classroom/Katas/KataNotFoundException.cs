namespace QuantumML.Classroom.Katas;

/// <summary>No kata exercise has the id asked for.</summary>
public sealed class KataNotFoundException(string id, IReadOnlyList<string> suggestions)
    : Exception(suggestions.Count == 0
        ? $"no kata exercise has the id '{id}'; 'qml katas list' lists them."
        : $"no kata exercise has the id '{id}'; did you mean {string.Join(", ", suggestions)}? ('qml katas list' lists them all.)")
{
    /// <summary>The id that was not found.</summary>
    public string Id { get; } = id;

    /// <summary>Exercise ids close to it, best first.</summary>
    public IReadOnlyList<string> Suggestions { get; } = suggestions;
}
