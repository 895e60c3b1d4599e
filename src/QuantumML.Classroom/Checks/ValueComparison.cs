using QuantumML.QSharp.Values;

namespace QuantumML.Classroom.Checks;

/// <summary>Compares two Q# values as printed: Doubles within a tolerance, arrays and tuples element by element, anything
/// else (and text that is not a readable value) exactly.</summary>
internal static class ValueComparison
{
    /// <summary>Whether <paramref name="actual"/> matches <paramref name="expected"/> within <paramref name="tolerance"/>.</summary>
    public static bool Matches(string actual, string expected, double tolerance) =>
        QValueParser.TryParse(actual, out var a) && QValueParser.TryParse(expected, out var e)
            ? Matches(a!, e!, tolerance)
            : string.Equals(actual, expected, StringComparison.Ordinal);

    private static bool Matches(QValue actual, QValue expected, double tolerance) => (actual, expected) switch
    {
        (QDouble a, QDouble e) => Math.Abs(a.Value - e.Value) <= tolerance || a.Value.Equals(e.Value),
        (QArray a, QArray e) => a.Elements.Count == e.Elements.Count && a.Elements.Zip(e.Elements).All(p => Matches(p.First, p.Second, tolerance)),
        (QTuple a, QTuple e) => a.Elements.Count == e.Elements.Count && a.Elements.Zip(e.Elements).All(p => Matches(p.First, p.Second, tolerance)),
        _ => actual == expected,
    };

    /// <summary>A value's text shortened for a message.</summary>
    public static string Abbreviate(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
