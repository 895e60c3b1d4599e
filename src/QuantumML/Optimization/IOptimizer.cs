namespace QuantumML.Optimization;

/// <summary>A minimizer: gradient-based optimizers take one step per objective evaluation (so a
/// stochastic objective gives minibatch training); MathNet's L-BFGS and Nelder-Mead search a fixed one.</summary>
public interface IOptimizer
{
    /// <summary>Whether the optimizer needs the objective's gradient.</summary>
    bool UsesGradient { get; }

    /// <summary>Minimizes <paramref name="objective"/> from <paramref name="initial"/>.</summary>
    OptimizationResult Minimize(Func<double[], ObjectiveValue> objective, double[] initial);
}

/// <summary>An objective's value, with its gradient when asked for.</summary>
/// <param name="Value">The objective value.</param>
/// <param name="Gradient">The gradient, or null for derivative-free evaluations.</param>
public sealed record ObjectiveValue(double Value, double[]? Gradient);

/// <summary>Why an optimizer stopped.</summary>
public enum ExitReason
{
    /// <summary>Its convergence test passed.</summary>
    Converged,

    /// <summary>It used its iteration budget.</summary>
    ExceededIterations,
}

/// <summary>The outcome of a minimization.</summary>
/// <param name="Minimizer">The best point found.</param>
/// <param name="Value">The objective there.</param>
/// <param name="Iterations">Iterations used.</param>
/// <param name="Reason">Why it stopped.</param>
public sealed record OptimizationResult(double[] Minimizer, double Value, int Iterations, ExitReason Reason);
