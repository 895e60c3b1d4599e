namespace QuantumML.Qaoa;

/// <summary>QAOA at one depth.</summary>
/// <param name="Layers">The depth p.</param>
/// <param name="Angles">The optimized [γ₀, β₀, …].</param>
/// <param name="ExpectedCost">⟨C⟩ in the optimized state (exact).</param>
/// <param name="OptimalCost">The minimum of C over all basis states.</param>
/// <param name="ApproximationRatio">⟨C⟩ / C_min: for costs that are minus a non-negative objective (MaxCut:
/// C = −cut) this is the expected cut over the maximum cut.</param>
/// <param name="OptimalProbability">The probability of measuring an optimal basis state.</param>
/// <param name="BestSampled">The best basis state among the sampled bitstrings, and its cost.</param>
/// <param name="Trace">The objective at each evaluation.</param>
/// <param name="CircuitEvaluations">Circuits run for this depth.</param>
/// <param name="Seconds">Wall time for this depth.</param>
public sealed record QaoaResult(
    int Layers,
    double[] Angles,
    double ExpectedCost,
    double OptimalCost,
    double ApproximationRatio,
    double OptimalProbability,
    (int Index, double Cost) BestSampled,
    IReadOnlyList<double> Trace,
    long CircuitEvaluations,
    double Seconds);
