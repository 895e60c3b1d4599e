namespace QuantumML.Experiments.Results;

/// <summary>The circuit a quantum job runs, traced by the QDK once (first seed): its diagram and size.</summary>
/// <param name="Expression">The traced Q# expression (trained parameters, first training sample).</param>
/// <param name="Svg">The diagram as SVG.</param>
/// <param name="Summary">Qubits, operations, depth and two-qubit gates in one line.</param>
/// <param name="Counts">Gate counts by kind in one line.</param>
public sealed record CircuitRecord(string Expression, string Svg, string Summary, string Counts);
