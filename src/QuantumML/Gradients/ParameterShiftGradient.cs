using QuantumML.Quantum;

namespace QuantumML.Gradients;

/// <summary>Exact gradients by the parameter-shift rule: ∂⟨Z⟩/∂θ_j = (⟨Z⟩(θ + π/2·e_j) − ⟨Z⟩(θ − π/2·e_j)) / 2.</summary>
/// <remarks>Exact for circuits whose parameters each enter one Pauli rotation (all ansatzes of quantum/src).
/// All 1 + 2P shifted circuits of a batch run in one Q# run per chunk.
/// Schuld et al., Phys. Rev. A 99, 032331 (2019).</remarks>
public sealed class ParameterShiftGradient : IExpectationGradient
{
    /// <inheritdoc/>
    public async Task<ExpectationJacobian> EvaluateAsync(CircuitEvaluator evaluator, CircuitSpec circuit, double[][] features, double[] theta, int readout, CancellationToken ct)
    {
        var shifted = await evaluator.ShiftedExpectationsAsync(circuit, features, theta, readout, ct).ConfigureAwait(false);
        var values = new double[features.Length][];
        var jacobians = new double[features.Length][][];
        for (var i = 0; i < features.Length; i++)
        {
            values[i] = shifted[i][0];
            jacobians[i] = new double[readout][];
            for (var k = 0; k < readout; k++)
            {
                var row = new double[theta.Length];
                for (var j = 0; j < theta.Length; j++)
                    row[j] = (shifted[i][1 + 2 * j][k] - shifted[i][2 + 2 * j][k]) / 2;
                jacobians[i][k] = row;
            }
        }
        return new ExpectationJacobian(values, jacobians);
    }
}
