namespace QuantumML.Hamiltonians;

/// <summary>A single-qubit Pauli operator.</summary>
public enum Pauli
{
    /// <summary>The identity.</summary>
    I,

    /// <summary>Pauli X (bit flip).</summary>
    X,

    /// <summary>Pauli Y = iXZ.</summary>
    Y,

    /// <summary>Pauli Z (phase flip).</summary>
    Z,
}
