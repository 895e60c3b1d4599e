namespace QuantumML.Optimization;

/// <summary>The shared loop of first-order optimizers: evaluate, step, repeat for a fixed number of steps.</summary>
/// <param name="steps">Objective evaluations (= parameter updates); range ≥ 1.</param>
public abstract class StepOptimizer(int steps) : IOptimizer
{
    /// <inheritdoc/>
    public abstract string Name { get; }

    /// <inheritdoc/>
    public bool UsesGradient => true;

    /// <summary>Number of steps.</summary>
    public int Steps { get; } = steps;

    /// <inheritdoc/>
    public OptimizationResult Minimize(Func<double[], ObjectiveValue> objective, double[] initial)
    {
        var x = (double[])initial.Clone();
        Reset(x.Length);
        var last = double.NaN;
        for (var t = 1; t <= Steps; t++)
        {
            var value = objective(x);
            last = value.Value;
            Apply(x, value.Gradient ?? throw new InvalidOperationException($"{Name} needs the gradient."), t);
        }
        return new OptimizationResult(x, last, Steps, ExitReason.ExceededIterations);
    }

    /// <summary>Clears the optimizer's state for a problem of <paramref name="dimension"/> parameters.</summary>
    protected abstract void Reset(int dimension);

    /// <summary>Updates <paramref name="x"/> in place from <paramref name="gradient"/> at step <paramref name="t"/> (1-based).</summary>
    protected abstract void Apply(double[] x, double[] gradient, int t);
}
