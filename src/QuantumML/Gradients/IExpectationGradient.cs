using QuantumML.Quantum;

namespace QuantumML.Gradients;

/// <summary>A way to differentiate circuit expectations ⟨Z_k⟩ with respect to the circuit parameters.</summary>
public interface IExpectationGradient
{
    /// <summary>⟨Z_k⟩(x, θ) and its Jacobian ∂⟨Z_k⟩/∂θ_j for every sample of the batch.</summary>
    Task<ExpectationJacobian> EvaluateAsync(CircuitEvaluator evaluator, CircuitSpec circuit, double[][] features, double[] theta, int readout, CancellationToken ct);
}

/// <summary>Expectations and their derivatives for a batch.</summary>
/// <param name="Values">Values[i][k] = ⟨Z_k⟩ for sample i.</param>
/// <param name="Jacobians">Jacobians[i][k][j] = ∂⟨Z_k⟩/∂θ_j for sample i.</param>
public sealed record ExpectationJacobian(double[][] Values, double[][][] Jacobians);
