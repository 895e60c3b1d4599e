namespace QuantumML.Simulation.Qir;

/// <summary>One gate call of a QIR program.</summary>
/// <param name="Kind">The intrinsic.</param>
/// <param name="Qubits">The qubit ids it acts on, in argument order (controls first).</param>
/// <param name="Angle">The rotation angle for rotations; 0 otherwise.</param>
public readonly record struct QirGate(GateKind Kind, int[] Qubits, double Angle);
