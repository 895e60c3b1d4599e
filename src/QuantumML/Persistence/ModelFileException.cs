using QuantumML.Catalogues;

namespace QuantumML.Persistence;

/// <summary>A model file that cannot be used; the message names the file and the JSON path of the field at fault,
/// e.g. <c>model.json: $.parameters.theta is missing</c>.</summary>
public sealed class ModelFileException : Exception
{
    /// <summary>Creates the exception with a message only.</summary>
    public ModelFileException() { }

    /// <summary>Creates the exception with a message only.</summary>
    public ModelFileException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ModelFileException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The JSON path of the field at fault, absolute (<c>$.parameters.theta</c>) or relative to an enclosing
    /// object (<c>theta</c>, <c>[2]</c>); null when the problem is not one field's.</summary>
    public string? Field { get; private init; }

    /// <summary>What is wrong with <see cref="Field"/>, e.g. "is missing".</summary>
    public string? Problem { get; private init; }

    /// <summary>A problem with one field: the message reads "FIELD PROBLEM".</summary>
    public static ModelFileException At(string field, string problem) => new($"{field} {problem}") { Field = field, Problem = problem };

    /// <summary>The same problem with a relative <see cref="Field"/> placed under <paramref name="prefix"/>.</summary>
    public ModelFileException Under(string prefix) =>
        Field is null || Field.StartsWith('$') ? this : At(Join(prefix, Field), Problem!);

    /// <summary>The same problem, its message starting with the file's name.</summary>
    public ModelFileException InFile(string file) => new($"{file}: {Message}", this) { Field = Field, Problem = Problem };

    /// <summary>A JSON path with <paramref name="child"/> (a name, or an index like <c>[2]</c>) appended.</summary>
    public static string Join(string path, string child) =>
        child.Length == 0 ? path : child.StartsWith('[') ? path + child : $"{path}.{child}";
}
