using QuantumML.Optimization;

namespace QuantumML.Training;

/// <summary>How a model is trained by minibatch gradient steps: epochs, batches, optimizer, schedule, early stopping, checkpoints.</summary>
public sealed record TrainingOptions
{
    /// <summary>Passes over the training set; range ≥ 1.</summary>
    public int Epochs { get; init; } = 20;

    /// <summary>Samples per step; range ≥ 1.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>adam, sgd or rmsprop (see <see cref="Optimization.OptimizerCatalogue"/>).</summary>
    public string Optimizer { get; init; } = OptimizerCatalogue.Adam;

    /// <summary>The initial step size; range &gt; 0.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>The step size per epoch.</summary>
    public LearningRateSchedule Schedule { get; init; } = LearningRateSchedule.Constant;

    /// <summary>Early stopping on a validation split carved from the training set, or null to train every epoch.</summary>
    public EarlyStoppingOptions? EarlyStopping { get; init; }

    /// <summary>Save a checkpoint every this many epochs (0: never).</summary>
    public int CheckpointEvery { get; init; }

    /// <summary>Seeds the minibatch order (per epoch, so that a resumed run shuffles as an uninterrupted one) and the validation split.</summary>
    public int Seed { get; init; }
}
