using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Training;

namespace QuantumML.Tests.Training;

/// <summary>A one-parameter model whose validation loss follows a script, epoch by epoch, to drive early stopping.</summary>
internal sealed class ScriptedModel(double[] validationLosses, TrainingOptions training) : IParametricClassifier
{
    private int _validations;

    public string Name => "scripted";

    public bool IsQuantum => false;

    public TrainingOptions Training => training;

    public double[] Parameters { get; set; } = [0];

    public ICheckpointStore? Checkpoints { get; set; }


    public Func<CancellationToken, Task<double>>? TestAccuracyProbe { get; set; }

    public Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default) =>
        new EpochTrainer(training).TrainAsync(this, train, cancellationToken: cancellationToken);

    public Task<double[]> InitializeAsync(Dataset train, CancellationToken cancellationToken = default) => Task.FromResult(new double[] { 0 });

    // The training loss pulls the parameter up by one per step (gradient −1 under SGD without momentum effects aside),
    // so the parameter counts steps; the validation loss is the script's value for the current epoch.
    public Task<BatchLoss> LossAsync(double[] parameters, Dataset data, IReadOnlyList<int> samples, bool withGradient, CancellationToken cancellationToken = default) =>
        Task.FromResult(withGradient
            ? new BatchLoss(1, [-1], samples.Count)
            : new BatchLoss(validationLosses[_validations++], null, samples.Count));

    public Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default) =>
        Task.FromResult(features.Select(_ => new[] { 0.5, 0.5 }).ToArray());
}
