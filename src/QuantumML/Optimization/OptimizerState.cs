namespace QuantumML.Optimization;

/// <summary>What a first-order optimizer needs to continue exactly: its moments, step count and step size.</summary>
/// <param name="Optimizer">The optimizer's name (adam, sgd, rmsprop).</param>
/// <param name="StepsTaken">Updates made so far (Adam's bias correction depends on it).</param>
/// <param name="LearningRate">The step size of the next update.</param>
/// <param name="Moments">The moment arrays, in the optimizer's own order.</param>
public sealed record OptimizerState(string Optimizer, int StepsTaken, double LearningRate, IReadOnlyList<double[]> Moments);
