namespace QuantumML.QSharp.Circuits;

/// <summary>How a circuit is traced.</summary>
public sealed record CircuitOptions
{
    /// <summary>The defaults: classical evaluation, at most 10,000 operations, no qubit register, no time limit.</summary>
    public static CircuitOptions Default { get; } = new();

    /// <summary>How the tracer follows the program.</summary>
    public CircuitGeneration Generation { get; init; } = CircuitGeneration.ClassicalEval;

    /// <summary>The tracer records at most this many operations; range ≥ 1.</summary>
    public int MaxOperations { get; init; } = 10_000;

    /// <summary>When set, the expression is an operation taking a <c>Qubit[]</c> (for example
    /// <c>Ansatzes.ApplyHardwareEfficientAnsatz(θ, _)</c>) and is applied to a fresh register of this many qubits; range ≥ 1.</summary>
    public int? RegisterSize { get; init; }

    /// <summary>The seed of the simulator's random source for <see cref="CircuitGeneration.Simulate"/>; null picks one.</summary>
    public long? Seed { get; init; }

    /// <summary>Wall-clock limit; null for none.</summary>
    public TimeSpan? Timeout { get; init; }
}
