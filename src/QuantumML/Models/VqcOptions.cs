using QuantumML.Gradients;
using QuantumML.Optimization;
using QuantumML.Quantum;
using QuantumML.Training;

namespace QuantumML.Models;

/// <summary>Settings of a <see cref="VariationalQuantumClassifier"/>, with defaults to override by <c>with</c>.</summary>
public sealed record VqcOptions
{
    /// <summary>The Q# circuit: encoding, ansatz, qubits, layers, uploads.</summary>
    public required CircuitSpec Circuit { get; init; }

    /// <summary>Name in reports.</summary>
    public string Name { get; init; } = "vqc";

    /// <summary>Passes over the training set; range ≥ 1 (for L-BFGS, Nelder-Mead and SPSA: iterations).</summary>
    public int Epochs { get; init; } = 20;

    /// <summary>Samples per minibatch for first-order optimizers; range ≥ 1.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>adam, sgd, rmsprop, spsa, lbfgs or nelder-mead.</summary>
    public string Optimizer { get; init; } = OptimizerCatalogue.Adam;

    /// <summary>Step size of adam, sgd and rmsprop; range &gt; 0.</summary>
    public double LearningRate { get; init; } = 0.05;

    /// <summary>The step size per epoch, for adam, sgd and rmsprop.</summary>
    public LearningRateSchedule Schedule { get; init; } = LearningRateSchedule.Constant;

    /// <summary>Early stopping on a validation split of the training set, or null (adam, sgd and rmsprop only).</summary>
    public EarlyStoppingOptions? EarlyStopping { get; init; }

    /// <summary>Save a checkpoint every this many epochs; 0 never (adam, sgd and rmsprop only).</summary>
    public int CheckpointEvery { get; init; }

    /// <summary>adjoint (exact mode only), parameter-shift, finite-difference or spsa.</summary>
    public string Gradient { get; init; } = GradientCatalogue.Adjoint;

    /// <summary>The training loss.</summary>
    public LossKind Loss { get; init; } = LossKind.CrossEntropy;

    /// <summary>Seed of initial parameters, minibatch order and sampling.</summary>
    public int Seed { get; init; }

    /// <summary>Exact, sampled in the host, or shots in Q#.</summary>
    public ExecutionMode Execution { get; init; } = ExecutionMode.Exact;

    /// <summary>Which engine runs the circuits; not part of a model file, since both give the same states (to 1e-10).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public QuantumEngine Engine { get; init; } = QuantumEngine.Compiled;
}
