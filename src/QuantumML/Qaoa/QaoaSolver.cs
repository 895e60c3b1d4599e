using System.Diagnostics;
using QuantumML.Quantum;
using QuantumML.Variational;

namespace QuantumML.Qaoa;

/// <summary>Optimizes QAOA angles for an Ising cost on the Q# simulator, depth by depth.</summary>
/// <param name="evaluator">Runs the circuits; its mode decides exact or shot-based expected costs.</param>
/// <param name="random">Seeds restarts and bitstring sampling.</param>
public sealed class QaoaSolver(CircuitEvaluator evaluator, Random random)
{
    /// <summary>Runs QAOA on <paramref name="problem"/>; one result per depth optimized.</summary>
    public async Task<IReadOnlyList<QaoaResult>> SolveAsync(QaoaProblem problem, QaoaOptions options, IProgress<QaoaResult>? progress = null, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Layers, 1);
        var costs = problem.Costs();
        var observable = new DiagonalObservable(costs);
        var optimum = costs.Min();
        var results = new List<QaoaResult>();
        double[]? previous = null;
        var depths = options.Interpolate ? Enumerable.Range(1, options.Layers) : [options.Layers];
        foreach (var p in depths)
        {
            var clock = Stopwatch.StartNew();
            var circuitsBefore = evaluator.CircuitEvaluations;
            var ansatz = new AnsatzCircuit(problem.CircuitExpression(), problem.Qubits, 2 * p, ShiftRuleApplies: false);
            var objective = new EnergyObjective(evaluator, ansatz, observable, options.Gradient);
            var starts = new List<double[]> { previous is null ? QaoaAngles.LinearRamp(p) : QaoaAngles.Interpolate(previous) };
            for (var r = 0; r < options.Restarts; r++) starts.Add(Enumerable.Range(0, 2 * p).Select(_ => (random.NextDouble() - 0.5) * Math.PI / 2).ToArray());
            VariationalResult? best = null;
            var trace = new List<double>();
            foreach (var start in starts)
            {
                var result = await VariationalMinimizer.MinimizeAsync(objective, options.Optimizer, start, ct).ConfigureAwait(false);
                trace.AddRange(result.Trace);
                if (best is null || result.Energy < best.Energy) best = result;
            }
            var (expected, state) = await objective.ExactAsync(best!.Parameters, ct).ConfigureAwait(false);
            var optimalProbability = 0.0;
            for (var i = 0; i < state.Length; i++)
                if (costs[i] <= optimum + 1e-9 * Math.Max(1, Math.Abs(optimum))) optimalProbability += state[i].Magnitude * state[i].Magnitude;
            var sampled = BasisRotation.Sample(state, options.SampleShots, random).MinBy(i => costs[i]);
            var qaoa = new QaoaResult(p, best.Parameters, expected, optimum, optimum == 0 ? double.NaN : expected / optimum, optimalProbability,
                (sampled, costs[sampled]), trace, evaluator.CircuitEvaluations - circuitsBefore, clock.Elapsed.TotalSeconds);
            results.Add(qaoa);
            progress?.Report(qaoa);
            previous = best.Parameters;
        }
        return results;
    }
}
