namespace QuantumML.Simulation.Qir;

/// <summary>The unitary gate sequence of a straight-line QIR program, in program order.</summary>
/// <param name="Gates">Every gate call of the entry point.</param>
/// <param name="QubitCount">The qubits the program declares (<c>required_num_qubits</c>).</param>
public sealed record QirCircuit(IReadOnlyList<QirGate> Gates, int QubitCount);
