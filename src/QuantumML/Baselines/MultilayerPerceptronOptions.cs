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

    /// <summary>Adam's step size.</summary>
    public double LearningRate { get; init; } = 0.01;

    /// <summary>Passes over the training set.</summary>
    public int Epochs { get; init; } = 200;

    /// <summary>Samples per Adam step.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>The L2 penalty λ on the weights (not the biases), added as (λ/2)‖W‖² to the mean cross-entropy.</summary>
    public double L2 { get; init; } = 1e-4;

    /// <summary>Seeds the weight initialisation and the minibatch order.</summary>
    public int Seed { get; init; }
}
