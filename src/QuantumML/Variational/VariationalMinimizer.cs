using QuantumML.Optimization;

namespace QuantumML.Variational;

/// <summary>Runs an optimizer on an <see cref="EnergyObjective"/> and reports the exact energy of where it ends.</summary>
public static class VariationalMinimizer
{
    /// <summary>Minimizes from <paramref name="initial"/>.</summary>
    public static async Task<VariationalResult> MinimizeAsync(EnergyObjective objective, IOptimizer optimizer, double[] initial, CancellationToken ct)
    {
        var start = objective.Trace.Count;
        var result = await Task.Run(() => optimizer.Minimize(theta =>
        {
            ct.ThrowIfCancellationRequested();
            return objective.Evaluate(theta, ct);
        }, initial), ct).ConfigureAwait(false);
        var (energy, _) = await objective.ExactAsync(result.Minimizer, ct).ConfigureAwait(false);
        var trace = objective.Trace.Skip(start).ToList();
        return new VariationalResult(result.Minimizer, energy, trace, result.Iterations, objective.Evaluator.CircuitEvaluations, objective.Evaluator.QSharpRuns);
    }
}
