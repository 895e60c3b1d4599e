namespace QuantumML.QSharp.Circuits;

/// <summary>The circuit a Q# expression executes, traced by the QDK: its wires and its operations in an order that
/// respects every qubit's sequence.</summary>
/// <param name="Expression">The traced expression.</param>
/// <param name="Qubits">The wires, in the tracer's order.</param>
/// <param name="Operations">The operations; any two acting on a common qubit appear in the order they ran.</param>
public sealed record Circuit(string Expression, IReadOnlyList<CircuitQubit> Qubits, IReadOnlyList<CircuitOperation> Operations)
{
    /// <summary>Whether the tracer may have stopped early: it recorded <see cref="CircuitOptions.MaxOperations"/> operations.</summary>
    public bool MayBeTruncated { get; init; }

    /// <summary>How the circuit was traced.</summary>
    public CircuitGeneration Generation { get; init; }

    /// <summary>The seed of the simulated run for <see cref="CircuitGeneration.Simulate"/>; null for classical evaluation,
    /// which draws no random numbers.</summary>
    public long? Seed { get; init; }
}
