using QuantumML.Data;
using QuantumML.Gradients;
using QuantumML.Training;

namespace QuantumML.Models;

public sealed partial class VariationalQuantumClassifier : IPerExampleGradients
{
    /// <inheritdoc />
    /// <remarks>One gradient evaluation of the batch gives every sample's Jacobian d⟨Z_k⟩/dθ; sample b's gradient is the chain
    /// rule through its own row alone, and its readout scale and bias gradients are closed-form, as in the batch loss.</remarks>
    public async Task<PerExampleLoss> PerExampleLossAsync(double[] parameters, Dataset data, IReadOnlyList<int> samples, CancellationToken cancellationToken = default)
    {
        var evaluator = _evaluator ?? throw new InvalidOperationException($"{Name} is not initialized.");
        var features = samples.Select(i => data.Features[i]).ToArray();
        var jac = await _gradient!.EvaluateAsync(evaluator, options.Circuit, features, parameters[.._circuitParameters], Readout, cancellationToken).ConfigureAwait(false);
        var losses = new double[samples.Count];
        var gradients = new double[samples.Count][];
        var correct = 0;
        for (var b = 0; b < samples.Count; b++)
        {
            var one = LossOf(parameters, new ExpectationJacobian([jac.Values[b]], [jac.Jacobians[b]]), [data.Labels[samples[b]]], withGradient: true);
            losses[b] = one.Loss;
            gradients[b] = one.Gradient!;
            correct += one.Correct;
        }
        return new PerExampleLoss(losses, gradients, correct);
    }
}
