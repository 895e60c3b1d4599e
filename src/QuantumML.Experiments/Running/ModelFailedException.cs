namespace QuantumML.Experiments.Running;

/// <summary>A model failed to train or predict; names the model and seed, and keeps the cause.</summary>
public sealed class ModelFailedException(string model, int seed, Exception inner)
    : Exception($"model '{model}' (seed {seed}) failed: {inner.Message}", inner)
{
    /// <summary>The model's name.</summary>
    public string Model { get; } = model;

    /// <summary>The seed of the failing run.</summary>
    public int Seed { get; } = seed;
}
