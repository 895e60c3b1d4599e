namespace QuantumML.QSharp.Circuits;

/// <summary>What a traced circuit operation does to its qubits.</summary>
public enum OperationKind
{
    /// <summary>A gate: a unitary on its targets, possibly controlled, possibly adjoint.</summary>
    Unitary,

    /// <summary>A measurement in the computational basis, writing one result per measured qubit.</summary>
    Measurement,

    /// <summary>A reset of its targets to |0⟩ (the tracer records one after <c>Reset</c> or <c>MResetZ</c>).</summary>
    Reset,
}
