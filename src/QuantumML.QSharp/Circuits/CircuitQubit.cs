namespace QuantumML.QSharp.Circuits;

/// <summary>One wire of a traced circuit.</summary>
/// <param name="Id">The tracer's qubit id, 0-based in allocation order.</param>
/// <param name="ResultCount">How many measurement results the circuit writes from this qubit.</param>
public sealed record CircuitQubit(int Id, int ResultCount);
