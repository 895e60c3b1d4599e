using QuantumML.Data;
using QuantumML.Training;

namespace QuantumML.Baselines;

public sealed partial class LogisticRegression : IPerExampleGradients
{
    /// <inheritdoc />
    /// <remarks>Sample i's loss is −ln p_{y_i}(x_i) + (λ/2)‖W‖², its gradient (p − e_{y_i}) x_iᵀ + λW for W and p − e_{y_i} for b:
    /// the batch objective's terms before the mean.</remarks>
    public Task<PerExampleLoss> PerExampleLossAsync(double[] parameters, Dataset data, IReadOnlyList<int> samples, CancellationToken cancellationToken = default)
    {
        var (k, d) = (data.ClassCount, data.FeatureCount);
        if (parameters.Length != k * (d + 1)) throw new ArgumentException($"{Name} takes {k * (d + 1)} parameters, not {parameters.Length}.", nameof(parameters));
        var lambda = Options.L2;
        var penalty = 0.0;
        for (var j = 0; j < k * d; j++) penalty += parameters[j] * parameters[j];
        penalty *= lambda / 2;
        var losses = new double[samples.Count];
        var gradients = new double[samples.Count][];
        var correct = 0;
        var logits = new double[k];
        for (var s = 0; s < samples.Count; s++)
        {
            var (x, y) = (data.Features[samples[s]], data.Labels[samples[s]]);
            for (var c = 0; c < k; c++)
            {
                // W is stored column-major: W[c, f] at f·k + c; b follows.
                var z = parameters[k * d + c];
                for (var f = 0; f < d; f++) z += parameters[f * k + c] * x[f];
                logits[c] = z;
            }
            var p = BaselineChecks.Softmax(logits);
            losses[s] = -Math.Log(Math.Max(p[y], 1e-300)) + penalty;
            if (Array.IndexOf(p, p.Max()) == y) correct++;
            var g = new double[parameters.Length];
            for (var c = 0; c < k; c++)
            {
                var r = p[c] - (c == y ? 1 : 0);
                for (var f = 0; f < d; f++) g[f * k + c] = r * x[f] + lambda * parameters[f * k + c];
                g[k * d + c] = r;
            }
            gradients[s] = g;
        }
        return Task.FromResult(new PerExampleLoss(losses, gradients, correct));
    }
}
