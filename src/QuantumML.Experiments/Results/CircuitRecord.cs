namespace QuantumML.Experiments.Results;

/// <summary>The circuit a quantum job runs, traced by the QDK once (first seed): its diagram and size.</summary>
/// <param name="Expression">The traced Q# expression (trained parameters, first training sample).</param>
/// <param name="Svg">The diagram as SVG.</param>
/// <param name="Summary">Qubits, operations, depth and two-qubit gates in one line.</param>
/// <param name="Counts">Gate counts by kind in one line.</param>
public sealed record CircuitRecord(string Expression, string Svg, string Summary, string Counts)
{
    /// <summary>The QDK resource estimator's projection of one run of this circuit onto a fault-tolerant machine, or null.</summary>
    public EstimateRecord? Estimate { get; init; }
}

/// <summary>A fault-tolerant projection of one circuit (not a measurement).</summary>
/// <param name="QubitModel">The estimator's qubit model.</param>
/// <param name="LogicalQubits">Logical qubits after layout.</param>
/// <param name="TStates">T states consumed.</param>
/// <param name="PhysicalQubits">Physical qubits, T factories included.</param>
/// <param name="RuntimeNanoseconds">Run time of one circuit.</param>
public sealed record EstimateRecord(string QubitModel, long LogicalQubits, long TStates, long PhysicalQubits, double RuntimeNanoseconds);
