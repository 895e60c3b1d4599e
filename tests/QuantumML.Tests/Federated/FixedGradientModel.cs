using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Training;

namespace QuantumML.Tests.Federated;

/// <summary>A model whose loss gradient is the same vector everywhere, so that one local SGD step (no momentum yet) moves
/// its parameters by exactly −learning rate × that vector: a benign client, an idle one (zeros) or an adversary (huge).</summary>
internal sealed class FixedGradientModel(double[] gradient) : IParametricClassifier
{
    public static TrainingOptions OneStep { get; } = new() { Epochs = 1, BatchSize = 1000, Optimizer = "sgd", LearningRate = 1 };

    public string Name => "fixed-gradient";

    public bool IsQuantum => false;

    public TrainingOptions Training => OneStep;

    public double[] Parameters { get; set; } = new double[gradient.Length];

    public ICheckpointStore? Checkpoints { get; set; }

    public Func<CancellationToken, Task<double>>? TestAccuracyProbe { get; set; }

    public Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default) =>
        new EpochTrainer(OneStep).TrainAsync(this, train, cancellationToken: cancellationToken);

    public Task<double[]> InitializeAsync(Dataset train, CancellationToken cancellationToken = default) => Task.FromResult(new double[gradient.Length]);

    public Task<BatchLoss> LossAsync(double[] parameters, Dataset data, IReadOnlyList<int> samples, bool withGradient, CancellationToken cancellationToken = default) =>
        Task.FromResult(new BatchLoss(1, withGradient ? (double[])gradient.Clone() : null, 0));

    public Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default) =>
        Task.FromResult(features.Select(_ => new[] { 0.5, 0.5 }).ToArray());
}
