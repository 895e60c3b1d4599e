namespace QuantumML.Classroom.Assignments;

/// <summary>How an exercise is checked against the reference solution (see assignments/README.md).</summary>
public enum CheckKind
{
    /// <summary>The student's operation equals the reference's up to a global phase, on an entangled auxiliary register,
    /// and so do its adjoint and controlled variants when the signature declares them; on listed inputs.</summary>
    Operation,

    /// <summary>The state the operation prepares from |0…0⟩ has fidelity ≥ 1 − 1e-6 with the reference's; on listed inputs.</summary>
    State,

    /// <summary>A function (or measurement-free operation) returns the reference's values on listed inputs.</summary>
    Values,

    /// <summary>An operation that measures: its outcome frequencies pass a chi-squared test against the reference's.</summary>
    Statistics,

    /// <summary>A data encoding: <see cref="State"/> on seeded random feature vectors.</summary>
    Encoding,

    /// <summary>A variational ansatz: <see cref="Operation"/> on seeded random parameter vectors.</summary>
    Ansatz,

    /// <summary>An estimate of ⟨Z…Z⟩ on a reference circuit's state, within a tolerance of the exact value.</summary>
    Expectation,

    /// <summary>An estimate of the gradient of ⟨Z…Z⟩ on a reference circuit, within a tolerance of the exact parameter-shift gradient.</summary>
    Gradient,
}

/// <summary>The names of check kinds in <c>assignment.json</c>.</summary>
public static class CheckKinds
{
    /// <summary>Every kind with its name, in the order the documentation lists them.</summary>
    public static IReadOnlyList<(string Name, CheckKind Kind)> All { get; } =
    [
        ("operation", CheckKind.Operation),
        ("state", CheckKind.State),
        ("values", CheckKind.Values),
        ("statistics", CheckKind.Statistics),
        ("encoding", CheckKind.Encoding),
        ("ansatz", CheckKind.Ansatz),
        ("expectation", CheckKind.Expectation),
        ("gradient", CheckKind.Gradient),
    ];

    /// <summary>The kind's name in <c>assignment.json</c>.</summary>
    public static string Name(this CheckKind kind) => All.First(k => k.Kind == kind).Name;

    /// <summary>Whether the kind runs the student's operation on a register it is given (and so can trace it before running it).</summary>
    public static bool ActsOnRegister(this CheckKind kind) => kind is CheckKind.Operation or CheckKind.State or CheckKind.Encoding or CheckKind.Ansatz;

    /// <summary>Whether the kind draws its inputs at random rather than from a list.</summary>
    public static bool IsRandom(this CheckKind kind) => kind is CheckKind.Encoding or CheckKind.Ansatz;
}
