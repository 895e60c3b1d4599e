using QuantumML.Quantum;

namespace QuantumML.Gradients;

/// <summary>Central finite differences: ∂⟨Z⟩/∂θ_j ≈ (⟨Z⟩(θ + h·e_j) − ⟨Z⟩(θ − h·e_j)) / 2h.</summary>
/// <param name="step">The step h; range h &gt; 0. Error O(h²) in exact mode; with shots the noise is amplified by 1/h.</param>
public sealed class FiniteDifferenceGradient(double step = 1e-4) : IExpectationGradient
{
    /// <inheritdoc/>
    public async Task<ExpectationJacobian> EvaluateAsync(CircuitEvaluator evaluator, CircuitSpec circuit, double[][] features, double[] theta, int readout, CancellationToken ct)
    {
        var perSample = 1 + 2 * theta.Length;
        var xs = new List<double[]>(features.Length * perSample);
        var ps = new List<double[]>(features.Length * perSample);
        foreach (var x in features)
        {
            xs.Add(x);
            ps.Add(theta);
            for (var j = 0; j < theta.Length; j++)
            {
                foreach (var sign in new[] { 1.0, -1.0 })
                {
                    var p = (double[])theta.Clone();
                    p[j] += sign * step;
                    xs.Add(x);
                    ps.Add(p);
                }
            }
        }
        var flat = await evaluator.EvaluateAsync(circuit, [.. xs], [.. ps], readout, ct).ConfigureAwait(false);
        var values = new double[features.Length][];
        var jacobians = new double[features.Length][][];
        for (var i = 0; i < features.Length; i++)
        {
            var b = i * perSample;
            values[i] = flat[b];
            jacobians[i] = Enumerable.Range(0, readout)
                .Select(k => Enumerable.Range(0, theta.Length).Select(j => (flat[b + 1 + 2 * j][k] - flat[b + 2 + 2 * j][k]) / (2 * step)).ToArray())
                .ToArray();
        }
        return new ExpectationJacobian(values, jacobians);
    }
}
