namespace QuantumML.Quantum;

/// <summary>How circuit outputs are obtained.</summary>
public enum ExecutionKind
{
    /// <summary>Exact expectation values from state dumps.</summary>
    Exact,

    /// <summary>Shots sampled in C# from the exact probabilities with the seeded generator (fast).</summary>
    SampledInHost,

    /// <summary>Shots measured in Q# on the simulator (slow; supports noise).</summary>
    ShotsInQSharp,
}

/// <summary>An execution mode and its shot budget.</summary>
/// <param name="Kind">Exact, sampled in the host, or measured in Q#.</param>
/// <param name="Shots">Shots per circuit for the sampling modes; range ≥ 1.</param>
/// <param name="Noise">Pauli noise for <see cref="ExecutionKind.ShotsInQSharp"/>.</param>
public sealed record ExecutionMode(ExecutionKind Kind, int Shots = 1000, QSharp.PauliNoise? Noise = null)
{
    /// <summary>Exact expectations.</summary>
    public static ExecutionMode Exact { get; } = new(ExecutionKind.Exact);
}
