namespace QuantumML.Simulation.Qir;

/// <summary>The QIR is not a straight-line unitary circuit the compiled engine runs (a measurement, a branch, an unknown
/// intrinsic); the message says what was met.</summary>
public sealed class QirUnsupportedException(string message) : Exception(message);
