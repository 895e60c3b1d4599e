namespace QuantumML.Optimization;

/// <summary>The shared loop of first-order optimizers: evaluate, step, repeat for a fixed number of steps.</summary>
/// <remarks>Trainers that own their loop (epochs, schedules, checkpoints) call <see cref="Start"/> and
/// <see cref="Step"/> themselves, change <see cref="LearningRate"/> between steps, and save or restore the
/// optimizer's moments through <see cref="State"/> and <see cref="Restore"/>.</remarks>
/// <param name="steps">Objective evaluations (= parameter updates) of <see cref="Minimize"/>; range ≥ 1.</param>
/// <param name="learningRate">The initial step size; range &gt; 0.</param>
public abstract class StepOptimizer(int steps, double learningRate) : IOptimizer
{


    /// <summary>Its name in saved states: the catalogue's name when <see cref="OptimizerCatalogue"/> built it, else the class's.</summary>
    public string Name { get; internal set; } = string.Empty;

    /// <inheritdoc/>
    public bool UsesGradient => true;

    /// <summary>Number of steps.</summary>
    public int Steps { get; } = steps;

    /// <summary>The step size of the next update; a schedule may change it between steps.</summary>
    public double LearningRate { get; set; } = learningRate;

    /// <summary>Updates made since <see cref="Start"/>.</summary>
    public int StepsTaken { get; private set; }

    /// <inheritdoc/>
    public OptimizationResult Minimize(Func<double[], ObjectiveValue> objective, double[] initial)
    {
        var x = (double[])initial.Clone();
        Start(x.Length);
        var last = double.NaN;
        for (var t = 1; t <= Steps; t++)
        {
            var value = objective(x);
            last = value.Value;
            Step(x, value.Gradient ?? throw new InvalidOperationException($"{GetType().Name} needs the gradient."));
        }
        return new OptimizationResult(x, last, Steps, ExitReason.ExceededIterations);
    }

    /// <summary>Clears the moments for a problem of <paramref name="dimension"/> parameters.</summary>
    public void Start(int dimension)
    {
        if (Name.Length == 0) Name = GetType().Name;
        Reset(dimension);
        StepsTaken = 0;
    }

    /// <summary>One update of <paramref name="x"/> in place from <paramref name="gradient"/>.</summary>
    public void Step(double[] x, double[] gradient)
    {
        if (gradient.Length != x.Length) throw new ArgumentException($"{Name}: the gradient has {gradient.Length} entries for {x.Length} parameters.", nameof(gradient));
        StepsTaken++;
        Apply(x, gradient, StepsTaken);
    }

    /// <summary>A copy of the moments and step count, enough to continue exactly where this optimizer is.</summary>
    public OptimizerState State => new(Name, StepsTaken, LearningRate, Moments.Select(m => (double[])m.Clone()).ToArray());

    /// <summary>Continues from a saved <see cref="State"/> of an optimizer of the same kind and size.</summary>
    public void Restore(OptimizerState state)
    {
        if (state.Optimizer != Name) throw new ArgumentException($"The saved state is {state.Optimizer}'s, not {Name}'s.", nameof(state));
        var moments = Moments;
        if (state.Moments.Count != moments.Count || state.Moments.Zip(moments).Any(p => p.First.Length != p.Second.Length))
            throw new ArgumentException($"The saved {Name} state does not match {(moments.Count > 0 ? moments[0].Length : 0)} parameters.", nameof(state));
        for (var i = 0; i < moments.Count; i++) state.Moments[i].CopyTo(moments[i], 0);
        StepsTaken = state.StepsTaken;
        LearningRate = state.LearningRate;
    }

    /// <summary>Clears the optimizer's state for a problem of <paramref name="dimension"/> parameters.</summary>
    protected abstract void Reset(int dimension);

    /// <summary>The optimizer's moment arrays themselves (after <see cref="Reset"/>), for saving and restoring.</summary>
    protected abstract IReadOnlyList<double[]> Moments { get; }

    /// <summary>Updates <paramref name="x"/> in place from <paramref name="gradient"/> at step <paramref name="t"/> (1-based).</summary>
    protected abstract void Apply(double[] x, double[] gradient, int t);
}
