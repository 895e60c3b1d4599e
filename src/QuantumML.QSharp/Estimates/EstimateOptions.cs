namespace QuantumML.QSharp.Estimates;

/// <summary>How an expression is estimated.</summary>
public sealed record EstimateOptions
{
    /// <summary>The defaults: the expression as it is, no time limit.</summary>
    public static EstimateOptions Default { get; } = new();

    /// <summary>When set, the expression is an operation taking a <c>Qubit[]</c>, applied to a fresh register of this many
    /// qubits; range ≥ 1.</summary>
    public int? RegisterSize { get; init; }

    /// <summary>Wall-clock limit; null for none.</summary>
    public TimeSpan? Timeout { get; init; }
}
