using QuantumML.Optimization;

namespace QuantumML.Training;

/// <summary>The first-order optimizers by the names specs use.</summary>
public static class StepOptimizers
{
    /// <summary>The names: adam, sgd (with momentum 0.9), rmsprop.</summary>
    public static IReadOnlyList<string> Names { get; } = ["adam", "sgd", "rmsprop"];

    /// <summary>A new optimizer <paramref name="name"/> taking <paramref name="steps"/> steps of size <paramref name="learningRate"/>.</summary>
    public static StepOptimizer Create(string name, int steps, double learningRate) => name switch
    {
        "adam" => new Adam(steps, learningRate),
        "sgd" => new SgdMomentum(steps, learningRate),
        "rmsprop" => new RmsProp(steps, learningRate),
        _ => throw new ArgumentException($"'{name}' is not a first-order optimizer; use {string.Join(", ", Names)}.", nameof(name)),
    };
}
