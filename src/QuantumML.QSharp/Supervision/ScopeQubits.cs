namespace QuantumML.QSharp.Supervision;

/// <summary>How many qubits one call made by a traced operation had in use at once, as the circuit tracer saw it.</summary>
/// <param name="Scope">The callable called (its name as the tracer shows it).</param>
/// <param name="Qubits">The most qubits in use at once during the call, its own register included: the highest qubit the
/// call touched, plus one (the tracer numbers qubits from 0 and reuses a released number first).</param>
/// <param name="Allocations">Where that highest qubit was allocated: every allocation site of its number in the trace.</param>
public sealed record ScopeQubits(string Scope, int Qubits, IReadOnlyList<SourceLocation> Allocations);
