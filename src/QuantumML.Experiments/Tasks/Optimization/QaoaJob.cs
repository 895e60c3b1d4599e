using System.Diagnostics;
using System.Globalization;
using QuantumML.Experiments.Results;
using QuantumML.Optimization;
using QuantumML.QSharp;
using QuantumML.Qaoa;
using QuantumML.Quantum;
using QuantumML.Variational;

namespace QuantumML.Experiments.Tasks.Optimization;

/// <summary>QAOA as a spec runs it (optimization and graph tasks): exact expectations from Q# state dumps, L-BFGS per
/// depth, every random choice from the job's seed.</summary>
internal static class QaoaJob
{
    /// <summary>Runs QAOA on <paramref name="problem"/> and records, per depth, the approximation ratio and the probability
    /// of an optimal assignment, and the job's circuit evaluations, Q# runs and time.</summary>
    public static async Task<(IReadOnlyList<QaoaResult> Results, IReadOnlyList<EngineRecord>? Engines)> RunAsync(QSharpRuntime runtime, QSharpProject project, QaoaProblem problem, QaoaSettings settings, int seed, Dictionary<string, double> metrics, CancellationToken ct)
    {
        var (layers, iterations, restarts, interpolate) = settings;
        var random = new Random(seed);
        var evaluator = new CircuitEvaluator(runtime, project, ExecutionMode.Exact, new Random(random.Next()), settings.Engine == "qdk" ? QuantumEngine.Qdk : QuantumEngine.Compiled);
        var clock = Stopwatch.StartNew();
        var results = await new QaoaSolver(evaluator, random).SolveAsync(problem, new QaoaOptions(layers, new LBfgs(iterations, 1e-5), GradientKind.Adjoint, Interpolate: interpolate, Restarts: restarts), null, ct).ConfigureAwait(false);
        foreach (var r in results)
        {
            metrics[OptimizationMetrics.QaoaRatioPrefix + r.Layers.ToString(CultureInfo.InvariantCulture)] = r.ApproximationRatio;
            metrics[OptimizationMetrics.QaoaOptimalProbabilityPrefix + r.Layers.ToString(CultureInfo.InvariantCulture)] = r.OptimalProbability;
        }
        metrics[OptimizationMetrics.WallSeconds] = clock.Elapsed.TotalSeconds;
        metrics[MetricNames.FitSeconds] = clock.Elapsed.TotalSeconds;
        metrics[MetricNames.CircuitEvaluations] = evaluator.CircuitEvaluations;
        metrics[MetricNames.QSharpRuns] = evaluator.QSharpRuns;
        return (results, EngineRecord.Of(evaluator.Engines));
    }

    /// <summary>The optimized circuit of <paramref name="result"/> as a Q# expression on a register, for the circuit tracer.</summary>
    public static string Circuit(QaoaProblem problem, QaoaResult result) => $"({problem.CircuitExpression()})({QSharpLiteral.Array(result.Angles)}, _)";
}
