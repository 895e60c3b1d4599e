using QuantumML.Quantum;

namespace QuantumML.Gradients;

/// <summary>Exact gradients by the adjoint method on the compiled engine: one forward pass and one backward sweep give every
/// ∂⟨Z_k⟩/∂θⱼ at once, for a few forward passes' cost whatever the parameter count, and exact for shared and scaled angles.</summary>
/// <remarks>Where a circuit runs on the QDK engine (it has no adjoint), the parameter-shift rule stands in.
/// Jones and Gacon, arXiv:2009.02823 (2020); PennyLane's <c>diff_method="adjoint"</c>.</remarks>
public sealed class AdjointGradient : IExpectationGradient
{
    private readonly ParameterShiftGradient _fallback = new();


    /// <inheritdoc/>
    public async Task<ExpectationJacobian> EvaluateAsync(CircuitEvaluator evaluator, CircuitSpec circuit, double[][] features, double[] theta, int readout, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        if (await evaluator.AdjointAsync(circuit, features, theta, readout, ct).ConfigureAwait(false) is { } result)
            return new ExpectationJacobian(result.Values, result.Jacobians);
        return await _fallback.EvaluateAsync(evaluator, circuit, features, theta, readout, ct).ConfigureAwait(false);
    }
}
