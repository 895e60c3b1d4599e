using QuantumML.Optimization;
using QuantumML.Training;

namespace QuantumML.Baselines;

/// <summary>The hidden-layer nonlinearity of <see cref="MultilayerPerceptron"/>.</summary>
public enum Activation
{
    /// <summary>tanh(z).</summary>
    Tanh,

    /// <summary>max(0, z).</summary>
    Relu,
}

/// <summary>Settings of <see cref="MultilayerPerceptron"/>.</summary>
public sealed record MultilayerPerceptronOptions
{
    /// <summary>Widths of the hidden layers (one or two).</summary>
    public IReadOnlyList<int> HiddenLayers { get; init; } = [32];

    /// <summary>The hidden-layer nonlinearity.</summary>
    public Activation Activation { get; init; } = Activation.Tanh;

    /// <summary>adam, sgd or rmsprop.</summary>
    public string Optimizer { get; init; } = OptimizerCatalogue.Adam;

    /// <summary>The step size per epoch.</summary>
    public LearningRateSchedule Schedule { get; init; } = LearningRateSchedule.Constant;

    /// <summary>Early stopping on a validation split of the training set, or null.</summary>
    public EarlyStoppingOptions? EarlyStopping { get; init; }

    /// <summary>Save a checkpoint every this many epochs; 0 never.</summary>
    public int CheckpointEvery { get; init; }

    /// <summary>The optimizer's initial step size.</summary>
    public double LearningRate { get; init; } = 0.01;

    /// <summary>Passes over the training set.</summary>
    public int Epochs { get; init; } = 200;

    /// <summary>Samples per optimizer step.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>The L2 penalty λ on the weights (not the biases), added as (λ/2)‖W‖² to the mean cross-entropy.</summary>
    public double L2 { get; init; } = 1e-4;

    /// <summary>Seeds the weight initialisation and the minibatch order.</summary>
    public int Seed { get; init; }
}
