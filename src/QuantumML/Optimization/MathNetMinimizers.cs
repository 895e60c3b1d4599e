using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace QuantumML.Optimization;

/// <summary>MathNet's limited-memory BFGS behind <see cref="IOptimizer"/>; for deterministic (full-batch) objectives.</summary>
/// <param name="maxIterations">Iteration budget; range ≥ 1.</param>
/// <param name="gradientTolerance">Stop when the gradient norm falls below this.</param>
public sealed class LBfgs(int maxIterations, double gradientTolerance = 1e-6) : IOptimizer
{
    /// <inheritdoc/>
    public bool UsesGradient => true;

    internal static ExitReason Reason(ExitCondition condition) =>
        condition == ExitCondition.ExceedIterations ? ExitReason.ExceededIterations : ExitReason.Converged;

    /// <inheritdoc/>
    public OptimizationResult Minimize(Func<double[], ObjectiveValue> objective, double[] initial)
    {
        var best = new BestPoint(initial);
        var function = ObjectiveFunction.Gradient(v =>
        {
            var x = v.ToArray();
            var value = objective(x);
            best.Offer(x, value.Value);
            return (value.Value, Vector<double>.Build.DenseOfArray(value.Gradient ?? throw new InvalidOperationException("L-BFGS needs the gradient.")));
        });
        var minimizer = new LimitedMemoryBfgsMinimizer(gradientTolerance, 1e-10, 1e-10, 10, maxIterations);
        try
        {
            var result = minimizer.FindMinimum(function, Vector<double>.Build.DenseOfArray(initial));
            return new OptimizationResult(result.MinimizingPoint.ToArray(), result.FunctionInfoAtMinimum.Value, result.Iterations,
                result.Iterations >= maxIterations ? ExitReason.ExceededIterations : Reason(result.ReasonForExit));
        }
        catch (Exception e) when (e is MaximumIterationsException or OptimizationException)
        {
            // MathNet throws when the budget runs out; the best point seen is still the answer.
            return new OptimizationResult(best.X, best.Value, maxIterations, ExitReason.ExceededIterations);
        }
    }
}

/// <summary>MathNet's Nelder-Mead simplex behind <see cref="IOptimizer"/>: derivative-free.</summary>
/// <param name="maxIterations">Iteration budget; range ≥ 1.</param>
/// <param name="tolerance">Convergence tolerance on the simplex values.</param>
public sealed class NelderMead(int maxIterations, double tolerance = 1e-8) : IOptimizer
{
    /// <inheritdoc/>
    public bool UsesGradient => false;

    /// <inheritdoc/>
    public OptimizationResult Minimize(Func<double[], ObjectiveValue> objective, double[] initial)
    {
        var best = new BestPoint(initial);
        var function = ObjectiveFunction.Value(v =>
        {
            var x = v.ToArray();
            var value = objective(x).Value;
            best.Offer(x, value);
            return value;
        });
        try
        {
            var result = new NelderMeadSimplex(tolerance, maxIterations).FindMinimum(function, Vector<double>.Build.DenseOfArray(initial));
            return new OptimizationResult(result.MinimizingPoint.ToArray(), result.FunctionInfoAtMinimum.Value, result.Iterations,
                result.Iterations >= maxIterations ? ExitReason.ExceededIterations : LBfgs.Reason(result.ReasonForExit));
        }
        catch (MaximumIterationsException)
        {
            return new OptimizationResult(best.X, best.Value, maxIterations, ExitReason.ExceededIterations);
        }
    }
}

/// <summary>The lowest point an optimizer has evaluated.</summary>
internal sealed class BestPoint(double[] initial)
{
    public double[] X { get; private set; } = initial;

    public double Value { get; private set; } = double.PositiveInfinity;

    public void Offer(double[] x, double value)
    {
        if (value < Value)
        {
            Value = value;
            X = x;
        }
    }
}
