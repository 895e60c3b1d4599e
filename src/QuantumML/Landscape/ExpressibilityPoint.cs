namespace QuantumML.Landscape;

/// <summary>How expressive and how entangling an ansatz is at one (qubits, layers).</summary>
/// <param name="Ansatz">The ansatz's name.</param>
/// <param name="Qubits">Register size n.</param>
/// <param name="Layers">Layer count.</param>
/// <param name="Parameters">Parameter count.</param>
/// <param name="Pairs">Random parameter pairs sampled.</param>
/// <param name="Expressibility">D_KL of the pair fidelities' histogram from the Haar distribution (lower is more expressive).</param>
/// <param name="Histogram">The fidelity counts in equal bins of [0, 1].</param>
/// <param name="EntanglingCapability">The mean Meyer-Wallach Q over all 2 × <paramref name="Pairs"/> random states.</param>
/// <param name="EntanglingStandardError">Its standard error, s/√(2 × pairs).</param>
/// <param name="MeanFidelity">The mean pair fidelity (1/2ⁿ for Haar-random states).</param>
/// <param name="FramePotentialRatio">E[F²] over its Haar value 2/(N(N + 1)), N = 2ⁿ: 1 for a unitary 2-design, larger for a
/// less expressive ansatz. Unlike the histogram's divergence it stays informative beyond about 8 qubits, where Haar
/// fidelities crowd into the first of 75 bins and every divergence tends to 0.</param>
public sealed record ExpressibilityPoint(string Ansatz, int Qubits, int Layers, int Parameters, int Pairs, double Expressibility,
    IReadOnlyList<long> Histogram, double EntanglingCapability, double EntanglingStandardError, double MeanFidelity, double FramePotentialRatio);
