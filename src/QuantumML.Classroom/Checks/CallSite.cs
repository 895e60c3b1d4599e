using QuantumML.Classroom.Assignments;

namespace QuantumML.Classroom.Checks;

/// <summary>Q# calls of an exercise's callable as declared in one namespace (the student's or the reference's).</summary>
/// <param name="Namespace">The namespace holding the callable.</param>
/// <param name="Signature">The exercise's signature.</param>
internal sealed record CallSite(string Namespace, Signature Signature)
{
    /// <summary>The fully qualified name.</summary>
    public string Name => $"{Namespace}.{Signature.Name}";

    /// <summary>A call with <paramref name="arguments"/>, then the register <c>qs</c> when the callable takes one.</summary>
    public string Call(string arguments) => Signature.Register is null
        ? $"{Name}({arguments})"
        : $"{Name}({Join(arguments, Signature.SingleQubit ? "qs[0]" : "qs")})";

    /// <summary>The call of a functor variant on the register <c>qs</c>: <c>body</c> and <c>adjoint</c> act on all of it;
    /// <c>controlled</c> and <c>controlled adjoint</c> use <c>qs[0]</c> as the control and the rest as the register.</summary>
    public string Variant(string variant, string arguments)
    {
        var target = Signature.SingleQubit ? "qs[1]" : "qs[1...]";
        var tupled = arguments.Length == 0 ? target : $"({arguments}, {target})";
        return variant switch
        {
            Variants.Body => Call(arguments),
            Variants.Adjoint => "Adjoint " + Call(arguments),
            Variants.Controlled => $"Controlled {Name}([qs[0]], {tupled})",
            Variants.ControlledAdjoint => $"Controlled Adjoint {Name}([qs[0]], {tupled})",
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "not a functor variant"),
        };
    }

    private static string Join(string arguments, string register) => arguments.Length == 0 ? register : $"{arguments}, {register}";
}

/// <summary>The functor variants an operation check compares.</summary>
internal static class Variants
{
    public const string Body = "body";
    public const string Adjoint = "adjoint";
    public const string Controlled = "controlled";
    public const string ControlledAdjoint = "controlled adjoint";

    /// <summary>The variants a signature declares, the operation itself first.</summary>
    public static IReadOnlyList<string> Of(Signature signature) =>
        new[] { Body, Adjoint, Controlled, ControlledAdjoint }
            .Where(v => v switch
            {
                Adjoint => signature.Adjoint,
                Controlled => signature.Controlled,
                ControlledAdjoint => signature.Adjoint && signature.Controlled,
                _ => true,
            })
            .ToList();
}
