namespace QuantumML.QSharp.Circuits;

/// <summary>One operation of a traced circuit, as the QDK circuit tracer recorded it.</summary>
/// <param name="Kind">Gate, measurement or reset.</param>
/// <param name="Gate">The tracer's gate name (<c>H</c>, <c>X</c>, <c>Rz</c>, <c>SWAP</c>, <c>M</c>, ...); a CNOT is an
/// <c>X</c> with one control.</param>
/// <param name="Targets">The qubit ids acted on (for a measurement, the measured qubits), in the tracer's order.</param>
/// <param name="Controls">The control qubit ids; empty for an uncontrolled gate.</param>
/// <param name="Arguments">The gate's classical arguments as the tracer formatted them (rotation angles such as
/// <c>0.5000</c>).</param>
public sealed record CircuitOperation(
    OperationKind Kind,
    string Gate,
    IReadOnlyList<int> Targets,
    IReadOnlyList<int> Controls,
    IReadOnlyList<string> Arguments)
{
    /// <summary>Whether the gate is applied as its adjoint.</summary>
    public bool IsAdjoint { get; init; }

    /// <summary>Whether the operation ran only under a classical condition on earlier results.</summary>
    public bool IsConditional { get; init; }

    /// <summary>For a measurement, the result index written on each target qubit (the tracer numbers results per qubit).</summary>
    public IReadOnlyList<int> Results { get; init; } = [];

    /// <summary>Every qubit the operation touches: controls, then targets.</summary>
    public IEnumerable<int> Qubits => Controls.Concat(Targets);

    /// <summary>The kind of operation for counting: <c>CNOT</c>, <c>CCNOT</c>, <c>CZ</c>, <c>CRz</c>, <c>S†</c>, <c>M</c>,
    /// <c>Reset</c>; arguments are left out, so every Rz counts as one kind.</summary>
    public string Name => Kind switch
    {
        OperationKind.Measurement => Gate,
        OperationKind.Reset => "Reset",
        _ => (Gate, Controls.Count) switch
        {
            ("X", 1) => "CNOT",
            ("X", 2) => "CCNOT",
            _ => new string('C', Controls.Count) + Gate + (IsAdjoint ? "†" : ""),
        },
    };
}
