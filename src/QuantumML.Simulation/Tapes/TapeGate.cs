using QuantumML.Simulation.Qir;

namespace QuantumML.Simulation.Tapes;

/// <summary>One gate of a tape: its kind, its qubits within the circuit's register, and which angle it takes.</summary>
/// <param name="Kind">The intrinsic.</param>
/// <param name="Qubits">Qubit indices in the register (0-based, controls first).</param>
/// <param name="Angle">Index into <see cref="Tape.Angles"/>, or −1 for a gate without an angle.</param>
public readonly record struct TapeGate(GateKind Kind, int[] Qubits, int Angle);
