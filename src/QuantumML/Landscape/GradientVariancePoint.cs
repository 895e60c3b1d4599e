namespace QuantumML.Landscape;

/// <summary>The variance of a cost's gradient over random parameters at one (ansatz, qubits, layers): the quantity whose
/// exponential decay in the qubit count is a barren plateau.</summary>
/// <param name="Ansatz">The ansatz's name.</param>
/// <param name="Cost">Which cost was differentiated.</param>
/// <param name="Qubits">Register size n.</param>
/// <param name="Layers">Layer count L.</param>
/// <param name="Parameters">The parameter count P.</param>
/// <param name="Draws">Parameter vectors sampled (M).</param>
/// <param name="FirstParameterVariance">Var[∂C/∂θ₀] over the draws (sample variance, divisor M − 1).</param>
/// <param name="FirstParameterStandardError">The standard error of that variance estimate, √((m₄ − s⁴(M − 3)/(M − 1))/M).</param>
/// <param name="MeanVariance">The mean over k of Var[∂C/∂θₖ].</param>
/// <param name="Variances">Var[∂C/∂θₖ] for every k.</param>
/// <param name="MeanCost">The mean of C over the draws (1 − 2⁻ⁿ for the global cost of a 2-design, ½ for the local one).</param>
public sealed record GradientVariancePoint(string Ansatz, CostKind Cost, int Qubits, int Layers, int Parameters, int Draws,
    double FirstParameterVariance, double FirstParameterStandardError, double MeanVariance, IReadOnlyList<double> Variances, double MeanCost)
{
    /// <summary>Whether every parameter's gradient vanishes identically (all variances below
    /// <see cref="GradientVariance.RoundoffFloor"/>): the cost is constant on this ansatz, e.g. ⟨Zⱼ⟩ = 0 for every state of
    /// a Hamiltonian-variational TFIM ansatz, whose X-parity symmetry the local cost cannot see past.</summary>
    public bool Vanishes => Variances.All(v => v < GradientVariance.RoundoffFloor);
}
