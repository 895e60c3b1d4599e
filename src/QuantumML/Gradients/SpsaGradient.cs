using QuantumML.Quantum;

namespace QuantumML.Gradients;

/// <summary>Simultaneous-perturbation estimates: two circuit evaluations per sample whatever the parameter count.</summary>
/// <remarks>With Δ a random ±1 vector, ∂⟨Z⟩/∂θ_j ≈ (⟨Z⟩(θ + cΔ) − ⟨Z⟩(θ − cΔ)) / (2c) · Δ_j, unbiased to O(c²).
/// J. C. Spall, IEEE Trans. Automatic Control 37, 332 (1992).</remarks>
/// <param name="perturbation">The perturbation size c; range c &gt; 0.</param>
/// <param name="random">The seeded source of the perturbation directions.</param>
public sealed class SpsaGradient(double perturbation, Random random) : IExpectationGradient
{
    /// <inheritdoc/>
    public async Task<ExpectationJacobian> EvaluateAsync(CircuitEvaluator evaluator, CircuitSpec circuit, double[][] features, double[] theta, int readout, CancellationToken ct)
    {
        var delta = theta.Select(_ => random.Next(2) == 0 ? -1.0 : 1.0).ToArray();
        var plus = theta.Select((t, j) => t + perturbation * delta[j]).ToArray();
        var minus = theta.Select((t, j) => t - perturbation * delta[j]).ToArray();
        var xs = features.SelectMany(x => new[] { x, x, x }).ToArray();
        var ps = features.SelectMany(_ => new[] { theta, plus, minus }).ToArray();
        var flat = await evaluator.EvaluateAsync(circuit, xs, ps, readout, ct).ConfigureAwait(false);
        var values = new double[features.Length][];
        var jacobians = new double[features.Length][][];
        for (var i = 0; i < features.Length; i++)
        {
            values[i] = flat[3 * i];
            jacobians[i] = Enumerable.Range(0, readout)
                .Select(k => delta.Select(d => (flat[3 * i + 1][k] - flat[3 * i + 2][k]) / (2 * perturbation) * d).ToArray())
                .ToArray();
        }
        return new ExpectationJacobian(values, jacobians);
    }
}
