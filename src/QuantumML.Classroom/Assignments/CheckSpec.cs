namespace QuantumML.Classroom.Assignments;

/// <summary>An exercise's <c>check</c> object: its kind and the fields that kind reads (see assignments/README.md).</summary>
/// <param name="Kind">How the exercise is checked.</param>
public sealed record CheckSpec(CheckKind Kind)
{
    /// <summary>The default chi-squared significance: a correct solution fails with this probability (per seed).</summary>
    public const double DefaultSignificance = 0.001;

    /// <summary>Qubits in the register the callable (or, for expectation and gradient, the reference circuit) acts on.</summary>
    public int Qubits { get; init; }

    /// <summary>Listed inputs: each replaces <c>{x}</c> in <see cref="Arguments"/>.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Seeded random Double[] inputs, each replacing <c>{x}</c>, after the listed ones.</summary>
    public RandomInputs? Random { get; init; }

    /// <summary>The classical arguments of a call, with <c>{x}</c> standing for the input; the register, if any, is added last.</summary>
    public string Arguments { get; init; } = "{x}";

    /// <summary>The largest absolute difference accepted (values, expectation, gradient).</summary>
    public double Tolerance { get; init; }

    /// <summary>Statistics: calls of the student's operation per input.</summary>
    public int Shots { get; init; } = 500;

    /// <summary>Statistics: calls of the reference per input (made once per assignment).</summary>
    public int ReferenceShots { get; init; } = 2000;

    /// <summary>Statistics: the significance of the chi-squared test.</summary>
    public double Significance { get; init; } = DefaultSignificance;

    /// <summary>Expectation and gradient: the reference callable <c>(Double[], Qubit[]) => Unit</c> whose state is measured.</summary>
    public string? Circuit { get; init; }

    /// <summary>Expectation and gradient: the qubits of the observable Z⊗…⊗Z.</summary>
    public IReadOnlyList<int> Observable { get; init; } = [];
}
