using QuantumML.Data;
using QuantumML.Models;

namespace QuantumML.Training;

/// <summary>A classifier trained by minibatch gradient steps on one flat parameter vector: the VQC, logistic
/// regression and the perceptron. <see cref="EpochTrainer"/> trains any of them the same way, and federated
/// training exchanges their parameters.</summary>
public interface IParametricClassifier : IClassifier
{
    /// <summary>The gradient-training settings.</summary>
    TrainingOptions Training { get; }

    /// <summary>Where training keeps checkpoints (when <see cref="TrainingOptions.CheckpointEvery"/> asks), or null.</summary>
    ICheckpointStore? Checkpoints { get; set; }

    /// <summary>Measured after every training epoch with that epoch's parameters in place (a learning curve on the
    /// test split, for reports), or null.</summary>
    Func<CancellationToken, Task<double>>? TestAccuracyProbe { get; set; }

    /// <summary>Fixes the model's shape from <paramref name="train"/> (features, classes) and returns seeded initial parameters.</summary>
    Task<double[]> InitializeAsync(Dataset train, CancellationToken cancellationToken = default);

    /// <summary>The mean loss (penalties included) over <paramref name="samples"/> of <paramref name="data"/> at
    /// <paramref name="parameters"/>, with its gradient when <paramref name="withGradient"/>.</summary>
    Task<BatchLoss> LossAsync(double[] parameters, Dataset data, IReadOnlyList<int> samples, bool withGradient, CancellationToken cancellationToken = default);

    /// <summary>The trained parameters; setting them makes the model predict with them.</summary>
    double[] Parameters { get; set; }
}

/// <summary>A loss over some samples.</summary>
/// <param name="Loss">The mean loss over the samples, penalties included.</param>
/// <param name="Gradient">Its gradient, or null when not asked for.</param>
/// <param name="Correct">How many of the samples the parameters classify correctly.</param>
public sealed record BatchLoss(double Loss, double[]? Gradient, int Correct);
