using QuantumML.Training;

namespace QuantumML.Models;

/// <summary>What training cost and how it went.</summary>
/// <param name="Epochs">Training history, one entry per epoch (empty for models trained in one step).</param>
/// <param name="CircuitEvaluations">Quantum circuits evaluated during training (0 for classical models).</param>
/// <param name="QSharpRuns">Q# runs made during training (each compiles the project once).</param>
public sealed record FitReport(IReadOnlyList<EpochRecord> Epochs, long CircuitEvaluations = 0, long QSharpRuns = 0)
{
    /// <summary>A report with no history and no quantum cost.</summary>
    public static FitReport Classical { get; } = new([]);

    /// <summary>How early stopping ended training, when it was on.</summary>
    public EarlyStoppingOutcome? EarlyStopping { get; init; }

    /// <summary>The epoch a checkpoint resumed training after, or null when training started from scratch.</summary>
    public int? ResumedAfterEpoch { get; init; }

    /// <summary>Which engine ran each quantum circuit, and why (empty for classical models).</summary>
    public IReadOnlyList<Quantum.EngineUse> Engines { get; init; } = [];
}

/// <summary>One epoch of training.</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="Loss">Mean training loss over the epoch.</param>
/// <param name="TrainAccuracy">Training accuracy at the end of the epoch, or NaN when not measured.</param>
/// <param name="ValidationLoss">Mean loss on the validation split after the epoch, or NaN without one.</param>
/// <param name="ValidationAccuracy">Accuracy on the validation split after the epoch, or NaN without one.</param>
/// <param name="LearningRate">The step size used during the epoch, or NaN for optimizers without one.</param>
/// <param name="TestAccuracy">Test accuracy after the epoch when a learning curve was asked for, or NaN.</param>
public sealed record EpochRecord(int Epoch, double Loss, double TrainAccuracy,
    double ValidationLoss = double.NaN, double ValidationAccuracy = double.NaN, double LearningRate = double.NaN,
    double TestAccuracy = double.NaN);
