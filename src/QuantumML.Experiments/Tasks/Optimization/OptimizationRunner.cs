using System.Globalization;
using QuantumML.Combinatorial;
using QuantumML.Combinatorial.Formats;
using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.QSharp;
using QuantumML.Qaoa;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Optimization;

/// <summary>Runs an optimization spec: every solver on every instance for every seed, scored against the best-known
/// or exact optimum.</summary>
/// <param name="spec">The experiment.</param>
/// <param name="runtime">The Q# runtime, for QAOA.</param>
/// <param name="project">The Q# project, for QAOA.</param>
/// <remarks>Jobs run one at a time whatever <c>--parallel</c> says: solvers are timed against wall-clock budgets and
/// bring their own threads, so two at once would share cores and distort time-to-target.</remarks>
public sealed class OptimizationRunner(OptimizationSpec spec, QSharpRuntime runtime, QSharpProject project)
    : JobGridRunner(spec, runtime.QdkVersion, 1)
{
    /// <summary>The largest instance QAOA simulates: 2^16 amplitudes per state dump.</summary>
    public const int MaxQaoaQubits = 16;

    /// <summary>Instances up to this size get their exact optimum by exhaustive search when no best-known value is given.</summary>
    public const int MaxExactVariables = 24;

    private readonly Dictionary<string, (CombinatorialProblem Problem, double? Reference, bool Exact)> _problems = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public override string Describe(RunRecord record)
    {
        var m = record.Metrics;
        var text = string.Create(CultureInfo.InvariantCulture, $"value {m[OptimizationMetrics.Value]:0.###}");
        if (m.TryGetValue(OptimizationMetrics.GapPercent, out var gap)) text += string.Create(CultureInfo.InvariantCulture, $", gap {gap:0.###}%");
        if (m.TryGetValue(OptimizationMetrics.QaoaRatioPrefix + "1", out _))
            text += ", ratios " + string.Join(" ", m.Where(kv => kv.Key.StartsWith(OptimizationMetrics.QaoaRatioPrefix, StringComparison.Ordinal)).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value.ToString("0.000", CultureInfo.InvariantCulture)));
        return text + string.Create(CultureInfo.InvariantCulture, $", {m[OptimizationMetrics.WallSeconds]:0.00} s");
    }

    /// <inheritdoc/>
    protected override Task PrepareAsync(CancellationToken ct)
    {
        foreach (var p in spec.Problems)
        {
            var problem = Load(p);
            if (spec.UsesQSharp && problem.VariableCount > MaxQaoaQubits)
                throw new SpecException($"{p.SpecPath}: '{p.Name}' has {problem.VariableCount} variables; QAOA simulates at most {MaxQaoaQubits} (drop qaoa or use a smaller instance)");
            double? reference = p.BestKnown;
            var exact = false;
            if (reference is null && problem.VariableCount <= MaxExactVariables)
            {
                var optimum = SolverCatalogue.Exhaustive().Solve(problem.Ising, new SolverOptions { Threads = Environment.ProcessorCount }, ct);
                reference = problem.ValueOfEnergy(optimum.Energy);
                exact = true;
            }
            _problems[p.Name] = (problem, reference, exact);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    protected override async Task<RunRecord> RunJobAsync(int job, int seed, CancellationToken ct)
    {
        var (problemSpec, solverSpec, name) = spec.Jobs[job];
        var (problem, reference, exact) = _problems[problemSpec.Name];
        var metrics = new Dictionary<string, double> { [OptimizationMetrics.Variables] = problem.VariableCount, [OptimizationMetrics.Maximize] = problem.Maximize ? 1 : 0 };
        if (reference is { } r)
        {
            metrics[OptimizationMetrics.Reference] = r;
            metrics[OptimizationMetrics.ReferenceIsExact] = exact ? 1 : 0;
        }
        IReadOnlyList<TimedValue> trace;
        CircuitRecord? circuit = null;
        IReadOnlyList<EngineRecord>? engines = null;
        if (solverSpec.IsQuantum)
        {
            (trace, var expression, engines) = await RunQaoaAsync(problem, solverSpec, seed, metrics, ct).ConfigureAwait(false);
            if (seed == spec.Seeds[0])
                circuit = await CircuitCapture.TraceAsync(runtime, project, expression, problem.VariableCount, $"{name}, deepest optimized QAOA", ct).ConfigureAwait(false);
        }
        else
        {
            var options = new SolverOptions
            {
                Seed = (ulong)seed,
                TimeLimit = solverSpec.Seconds is { } s ? TimeSpan.FromSeconds(s) : null,
                Threads = solverSpec.Threads,
                TargetEnergy = reference is { } target ? problem.EnergyOfValue(target) : null,
            };
            var result = await Task.Run(() => solverSpec.Create().Solve(problem.Ising, options, ct), ct).ConfigureAwait(false);
            metrics[OptimizationMetrics.Energy] = result.Energy;
            metrics[OptimizationMetrics.Value] = problem.ValueOfEnergy(result.Energy);
            metrics[OptimizationMetrics.WallSeconds] = result.WallSeconds;
            metrics[MetricNames.FitSeconds] = result.WallSeconds;
            metrics[OptimizationMetrics.WorkPerSecondPerThread] = result.WorkPerSecondPerThread;
            metrics[OptimizationMetrics.Reads] = result.Reads;
            if (result.EnergyLowerBound is { } bound) metrics[OptimizationMetrics.Bound] = problem.ValueOfEnergy(bound);
            if (options.TargetEnergy is { } targetEnergy && result.SecondsToReach(targetEnergy) is { } reached) metrics[OptimizationMetrics.SecondsToReference] = reached;
            if (result.TimeToSolution is { } tts)
            {
                metrics[OptimizationMetrics.SuccessProbability] = tts.SuccessProbability;
                if (tts.Seconds is { } seconds) metrics[OptimizationMetrics.TimeToSolution99] = seconds;
            }
            trace = result.Trace.Select(t => new TimedValue(t.Seconds, problem.ValueOfEnergy(t.Energy))).ToList();
        }
        if (reference is { } rf && rf != 0)
        {
            var value = metrics[OptimizationMetrics.Value];
            metrics[OptimizationMetrics.GapPercent] = 100 * (problem.Maximize ? rf - value : value - rf) / Math.Abs(rf);
        }
        return new RunRecord(name, solverSpec.IsQuantum ? "quantum" : "classical", seed, metrics, [], [], [])
        {
            Group = solverSpec.Name,
            Instance = problemSpec.Name,
            Trace = trace,
            Circuit = circuit,
            Engines = engines,
        };
    }

    private async Task<(IReadOnlyList<TimedValue> Trace, string Circuit, IReadOnlyList<EngineRecord>? Engines)> RunQaoaAsync(CombinatorialProblem problem, SolverSpec solver, int seed, Dictionary<string, double> metrics, CancellationToken ct)
    {
        var qaoa = QaoaProblem.FromIsing(problem.Ising);
        var (results, engines) = await QaoaJob.RunAsync(runtime, project, qaoa, solver.Qaoa!, seed, metrics, ct).ConfigureAwait(false);
        var trace = new List<TimedValue>();
        var elapsed = 0.0;
        foreach (var r in results)
        {
            elapsed += r.Seconds;
            trace.Add(new TimedValue(elapsed, problem.ValueOfEnergy(r.BestSampled.Cost)));
        }
        if (metrics.TryGetValue(OptimizationMetrics.Reference, out var reference) && trace.FirstOrDefault(t => problem.Maximize ? t.Value >= reference - 1e-9 : t.Value <= reference + 1e-9) is { } hit)
            metrics[OptimizationMetrics.SecondsToReference] = hit.Seconds;
        metrics[OptimizationMetrics.Energy] = results.Min(r => r.BestSampled.Cost);
        metrics[OptimizationMetrics.Value] = problem.ValueOfEnergy(metrics[OptimizationMetrics.Energy]);
        metrics["expected_value"] = problem.ValueOfEnergy(results[^1].ExpectedCost);
        return (trace, QaoaJob.Circuit(qaoa, results[^1]), engines);
    }

    private static CombinatorialProblem Load(ProblemSpec p)
    {
        try
        {
            if (p.Path is not null)
            {
                var format = p.Format switch
                {
                    "gset" => ProblemFormat.Gset,
                    "edges" => ProblemFormat.EdgeList,
                    "json" => ProblemFormat.JsonTerms,
                    _ => ProblemFormat.Auto,
                };
                return ProblemLoader.Load(p.Path, format) with { Name = p.Name };
            }
            var graph = p.Generate == "regular"
                ? GraphGenerators.RandomRegular(p.Nodes, p.Degree, (ulong)p.GraphSeed)
                : GraphGenerators.ErdosRenyi(p.Nodes, p.EdgeProbability, (ulong)p.GraphSeed);
            return CombinatorialProblem.FromGraph(p.Name, graph);
        }
        catch (ProblemFormatException e)
        {
            throw new SpecException($"{p.SpecPath}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException)
        {
            throw new SpecException($"{p.SpecPath}: cannot build '{p.Name}': {e.Message}");
        }
    }
}
