using System.Diagnostics;
using System.Globalization;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Landscape;
using QuantumML.QSharp;
using QuantumML.Quantum;
using QuantumML.Settings;
using QuantumML.Simulation.StateVectors;
using QuantumML.Variational;

namespace QuantumML.Experiments.Tasks.Landscape;

/// <summary>Runs a landscape spec: every scan point of every ansatz for every seed, on the compiled engine.</summary>
/// <param name="spec">The experiment.</param>
/// <param name="runtime">The Q# runtime.</param>
/// <param name="project">The Q# project.</param>
/// <param name="parallelism">Jobs at once; range ≥ 1.</param>
public sealed class LandscapeRunner(LandscapeSpec spec, QSharpRuntime runtime, QSharpProject project, int parallelism)
    : JobGridRunner(spec, runtime.QdkVersion, parallelism)
{
    /// <summary>The Q# project's callables, to check an ansatz named by its Q# operation; null skips that check.</summary>
    public IReadOnlyCollection<string>? Callables { get; init; }

    /// <inheritdoc/>
    public override string Describe(RunRecord record) => LandscapeReport.Measured(record) + string.Create(CultureInfo.InvariantCulture, $", {record.Metrics[MetricNames.FitSeconds]:0.0} s");

    /// <summary>Checks every ansatz before any job runs: its operation exists, it counts at least one parameter, and the
    /// compiled engine runs it (the scans need its adjoint gradients and batched states; the QDK path would take hours).</summary>
    protected override async Task PrepareAsync(CancellationToken ct)
    {
        var evaluator = new CircuitEvaluator(runtime, project, ExecutionMode.Exact, new Random(0));
        foreach (var ansatz in spec.Ansatzes)
        {
            var at = $"{ansatz.File}: {ansatz.Path}";
            if (!ansatz.Shipped && Callables is not null)
            {
                if (!Callables.Contains(ansatz.Family.Expression))
                    throw new SpecException($"{at}.ansatz: '{ansatz.Family.Expression}' is neither a shipped ansatz ({string.Join(", ", LandscapeAnsatz.Shipped.Select(s => s.Name))}) nor an operation of the Q# project");
                if (!Callables.Contains(ansatz.Family.ParameterCountFunction))
                    throw new SpecException($"{at}: the Q# project has no function {ansatz.Family.ParameterCountFunction} to count the parameters of {ansatz.Family.Expression}; name one in \"parameter_count\" (type (Int, Int) -> Int: qubits, layers)");
            }
            var first = spec.Jobs.First(j => j.Ansatz == ansatz);
            AnsatzCircuit circuit;
            try
            {
                circuit = await ansatz.Family.CircuitAsync(evaluator, first.Qubits, first.Layers, ct).ConfigureAwait(false);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new SpecException($"{at}.ansatz: {e.Message.Split(Environment.NewLine)[0]}");
            }
            var probe = await evaluator.AdjointBatchAsync(circuit.Expression, circuit.Qubits, [new double[circuit.ParameterCount]],
                [CostObservable.For(CostKind.Global, circuit.Qubits)], ct).ConfigureAwait(false);
            if (probe is null)
                throw new SpecException($"{at}.ansatz: '{ansatz.Family.Expression}' runs on the QDK engine because {evaluator.EngineReason(circuit.Expression) ?? "the compiled engine refuses it"}; the landscape task needs the compiled engine (adjoint gradients and batched states of thousands of circuits)");
        }
    }

    /// <summary>Trains the cost by plain gradient descent (adjoint gradients) from angles θ ~ U[0, 2π), recording every step's
    /// parameters, then evaluates the cost on the plane of the path's two principal directions.</summary>
    private static async Task<(LossGridRecord Grid, List<Models.EpochRecord> Epochs)> TrajectoryAsync(CircuitEvaluator evaluator, AnsatzCircuit circuit, TrajectorySpec t, int seed,
        Dictionary<string, double> metrics, CancellationToken ct)
    {
        var random = new Random(seed);
        IStateObservable[] cost = [CostObservable.For(t.Cost, circuit.Qubits)];
        var theta = Enumerable.Range(0, circuit.ParameterCount).Select(_ => 2 * Math.PI * random.NextDouble()).ToArray();
        var path = new List<double[]> { (double[])theta.Clone() };
        var epochs = new List<Models.EpochRecord>();
        double first = double.NaN, last = double.NaN;
        for (var step = 0; step <= t.Steps; step++)
        {
            var batch = await evaluator.AdjointBatchAsync(circuit.Expression, circuit.Qubits, [theta], cost, ct).ConfigureAwait(false)
                ?? throw new CompiledEngineRequiredException(circuit.Expression, evaluator.EngineReason(circuit.Expression) ?? "the compiled engine refuses it");
            last = batch.Values[0][0];
            if (step == 0) first = last;
            epochs.Add(new Models.EpochRecord(step, last, double.NaN));
            if (step == t.Steps) break;
            var gradient = batch.Gradients[0][0];
            for (var k = 0; k < theta.Length; k++) theta[k] -= t.LearningRate * gradient[k];
            path.Add((double[])theta.Clone());
        }
        var plane = TrajectoryPlane.Of(path);
        var landscape = await LossLandscape.ComputeAsync(plane, async (points, token) =>
        {
            var values = await evaluator.AdjointBatchAsync(circuit.Expression, circuit.Qubits, points, cost, token).ConfigureAwait(false)
                ?? throw new CompiledEngineRequiredException(circuit.Expression, evaluator.EngineReason(circuit.Expression) ?? "the compiled engine refuses it");
            return [.. values.Values.Select(v => v[0])];
        }, t.Resolution, 0.25, ct).ConfigureAwait(false);
        metrics[LandscapeMetrics.Steps] = t.Steps;
        metrics[LandscapeMetrics.InitialCost] = first;
        metrics[LandscapeMetrics.FinalCost] = last;
        metrics[LandscapeMetrics.ExplainedVariance] = plane.ExplainedVarianceRatio.Take(2).Sum();
        metrics[LandscapeMetrics.PathResidual] = plane.PathResidual.Max();
        var grid = new LossGridRecord(landscape.Alphas, landscape.Betas, landscape.Loss, [.. plane.Path.Select(p => p.Alpha)], [.. plane.Path.Select(p => p.Beta)], [.. plane.ExplainedVarianceRatio]);
        return (grid, epochs);
    }

    /// <inheritdoc/>
    protected override async Task<RunRecord> RunJobAsync(int job, int seed, CancellationToken ct)
    {
        var j = spec.Jobs[job];
        var evaluator = new CircuitEvaluator(runtime, project, ExecutionMode.Exact, new Random(seed));
        var circuit = await j.Ansatz.Family.CircuitAsync(evaluator, j.Qubits, j.Layers, ct).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var metrics = new Dictionary<string, double>
        {
            [LandscapeMetrics.Qubits] = j.Qubits,
            [LandscapeMetrics.Layers] = j.Layers,
            [LandscapeMetrics.Parameters] = circuit.ParameterCount,
        };
        if (j.Kind == LandscapeJobKind.Gradients)
        {
            var points = await GradientVariance.MeasureAsync(evaluator, j.Ansatz.Name, circuit, j.Layers, new GradientVarianceOptions(spec.Gradients!.Draws, seed), ct).ConfigureAwait(false);
            metrics[LandscapeMetrics.Draws] = spec.Gradients.Draws;
            foreach (var p in points)
            {
                metrics[LandscapeMetrics.Variance(p.Cost)] = p.MeanVariance;
                metrics[LandscapeMetrics.FirstVariance(p.Cost)] = p.FirstParameterVariance;
                metrics[LandscapeMetrics.FirstVarianceStandardError(p.Cost)] = p.FirstParameterStandardError;
                metrics[LandscapeMetrics.MeanCost(p.Cost)] = p.MeanCost;
            }
        }
        else if (j.Kind == LandscapeJobKind.Trajectory)
        {
            var (grid, epochs) = await TrajectoryAsync(evaluator, circuit, spec.Trajectory!, seed, metrics, ct).ConfigureAwait(false);
            metrics[MetricNames.FitSeconds] = clock.Elapsed.TotalSeconds;
            metrics[MetricNames.CircuitEvaluations] = evaluator.CircuitEvaluations;
            return new RunRecord(j.Name, "quantum", seed, metrics, epochs, [], [])
            {
                Group = j.Ansatz.Name,
                Instance = LandscapeJob.Prefix(j.Kind),
                Engines = EngineRecord.Of(evaluator.Engines),
                LossGrid = grid,
            };
        }
        else
        {
            var e = spec.Expressibility!;
            var point = await ExpressibilityScan.MeasureAsync(evaluator, j.Ansatz.Name, circuit, j.Layers, new ExpressibilityOptions(e.Pairs, e.Bins, seed), ct).ConfigureAwait(false);
            metrics[LandscapeMetrics.Pairs] = e.Pairs;
            metrics[LandscapeMetrics.Expressibility] = point.Expressibility;
            metrics[LandscapeMetrics.EntanglingCapability] = point.EntanglingCapability;
            metrics[LandscapeMetrics.EntanglingStandardError] = point.EntanglingStandardError;
            metrics[LandscapeMetrics.MeanFidelity] = point.MeanFidelity;
            metrics[LandscapeMetrics.FramePotentialRatio] = point.FramePotentialRatio;
        }
        metrics[MetricNames.FitSeconds] = clock.Elapsed.TotalSeconds;
        metrics[MetricNames.CircuitEvaluations] = evaluator.CircuitEvaluations;
        return new RunRecord(j.Name, "quantum", seed, metrics, [], [], [])
        {
            Group = j.Ansatz.Name,
            Instance = LandscapeJob.Prefix(j.Kind),
            Engines = EngineRecord.Of(evaluator.Engines),
        };
    }
}
