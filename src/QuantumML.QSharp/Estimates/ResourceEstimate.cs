namespace QuantumML.QSharp.Estimates;

/// <summary>The resource estimator's projection of one program onto one fault-tolerant machine.</summary>
/// <param name="QubitModel">The physical qubit model's name.</param>
/// <param name="QecScheme">The QEC scheme's name.</param>
/// <param name="ErrorBudget">The total error budget used.</param>
/// <param name="LogicalQubits">Logical qubits the algorithm needs after layout (more than the program's qubits).</param>
/// <param name="LogicalDepth">Logical cycles the algorithm runs for.</param>
/// <param name="TStates">T states consumed, rotations included.</param>
/// <param name="CodeDistance">The code distance of each logical qubit.</param>
/// <param name="PhysicalQubits">Physical qubits in total, T factories included.</param>
/// <param name="RuntimeNanoseconds">Run time in nanoseconds.</param>
/// <param name="Rqops">Reliable quantum operations per second, when the estimator reports it.</param>
/// <param name="TFactories">T factories running in parallel.</param>
public sealed record ResourceEstimate(
    string QubitModel,
    string QecScheme,
    double ErrorBudget,
    long LogicalQubits,
    long LogicalDepth,
    long TStates,
    int CodeDistance,
    long PhysicalQubits,
    double RuntimeNanoseconds,
    long? Rqops,
    long TFactories)
{
    /// <summary>The estimator's whole result for this job, as JSON text.</summary>
    public string Json { get; init; } = "{}";
}
