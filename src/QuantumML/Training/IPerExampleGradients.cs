using QuantumML.Data;

namespace QuantumML.Training;

/// <summary>A model that gives every sample's own loss gradient from one evaluation of a batch: DP-SGD clips them one
/// by one. Their mean is <see cref="IParametricClassifier.LossAsync"/>'s batch gradient.</summary>
public interface IPerExampleGradients
{
    /// <summary>Each of <paramref name="samples"/>' loss (penalties included, as in the batch loss) and gradient at
    /// <paramref name="parameters"/>, in the order given.</summary>
    Task<PerExampleLoss> PerExampleLossAsync(double[] parameters, Dataset data, IReadOnlyList<int> samples, CancellationToken cancellationToken = default);
}

/// <summary>Per-sample losses and gradients.</summary>
/// <param name="Losses">Each sample's loss.</param>
/// <param name="Gradients">Each sample's gradient, one full-length vector per sample.</param>
/// <param name="Correct">How many of the samples the parameters classify correctly.</param>
public sealed record PerExampleLoss(double[] Losses, double[][] Gradients, int Correct)
{
    /// <summary>Every sample's loss and gradient for any parametric model: its own per-example pass when it has one
    /// (<see cref="IPerExampleGradients"/>), otherwise one <see cref="IParametricClassifier.LossAsync"/> call per sample.</summary>
    public static async Task<PerExampleLoss> OfAsync(IParametricClassifier model, double[] parameters, Dataset data, IReadOnlyList<int> samples, CancellationToken cancellationToken = default)
    {
        if (model is IPerExampleGradients perExample)
            return await perExample.PerExampleLossAsync(parameters, data, samples, cancellationToken).ConfigureAwait(false);
        var losses = new double[samples.Count];
        var gradients = new double[samples.Count][];
        var correct = 0;
        for (var i = 0; i < samples.Count; i++)
        {
            var one = await model.LossAsync(parameters, data, [samples[i]], withGradient: true, cancellationToken).ConfigureAwait(false);
            losses[i] = one.Loss;
            gradients[i] = one.Gradient ?? throw new InvalidOperationException($"{model.Name} returned no gradient.");
            correct += one.Correct;
        }
        return new PerExampleLoss(losses, gradients, correct);
    }
}
