using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Graph;
using QuantumML.Experiments.Tasks.Optimization;
using QuantumML.Experiments.Tasks.Vqe;
using QuantumML.Graphs;
using QuantumML.Models;

namespace QuantumML.Experiments.Tests.Running;

/// <summary>The VQE, optimization and graph reports render for the shape of every shipped spec of those tasks, fed with
/// synthetic runs (the real runs take minutes; the CLI tests run small real ones).</summary>
public sealed class TaskReportTests
{
    public static TheoryData<string> ShippedSpecs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Specs.SpecLoaderTests.FindExperiments(), "*.json").Order(StringComparer.Ordinal))
        {
            if (TaskSpecLoader.Load(file) is VqeSpec or OptimizationSpec or GraphSpec) data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedSpecs))]
    public void AReportRendersWithNonEmptyPlots(string file)
    {
        var spec = TaskSpecLoader.Load(Path.Combine(Specs.SpecLoaderTests.FindExperiments(), file));
        var random = new Random(file.Length);
        var runs = new List<RunRecord>();
        foreach (var (seed, job) in TaskJobs.Of(spec))
        {
            runs.Add(spec switch
            {
                VqeSpec v => VqeRun(v, job, seed, random),
                OptimizationSpec o => OptimizationRun(o, job, seed, random),
                GraphSpec g => GraphRun(g, job, seed, random),
                _ => throw new InvalidOperationException(file),
            });
        }
        var result = new ExperimentResult(spec.Source, runs, new RunEnvironment("test", "10", 2, "2026-01-01T00:00:00Z", 1));
        var folder = Directory.CreateTempSubdirectory("qml-task-report-").FullName;
        try
        {
            var report = File.ReadAllText(ReportWriter.Write(folder, result));
            var pngs = Directory.GetFiles(Path.Combine(folder, "plots"), "*.png");
            Assert.True(pngs.Length >= 1, $"{file}: no plots");
            Assert.All(pngs, p => Assert.True(new FileInfo(p).Length > 1000, $"{p} is empty"));
            Assert.All(pngs, p => Assert.Contains($"plots/{Path.GetFileName(p)}", report, StringComparison.Ordinal));
            Assert.All(spec.JobNames, j => Assert.Contains($"| {(spec is VqeSpec ? j : j.Split('@')[1])} |", report, StringComparison.Ordinal));
            var table = ReportWriter.Table(result);
            Assert.All(spec.JobNames, j => Assert.Contains(j, table, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static RunRecord VqeRun(VqeSpec spec, string job, int seed, Random random)
    {
        var (instance, model, _) = spec.Jobs.Single(j => j.Job == job);
        var exact = -1.1 - (instance.Value ?? 0);
        var error = Math.Pow(10, -2 - 3 * random.NextDouble());
        var metrics = new Dictionary<string, double>
        {
            [VqeMetrics.Energy] = exact + error, [VqeMetrics.ExactEnergy] = exact, [VqeMetrics.Error] = error, [VqeMetrics.RelativeError] = error / 1.1,
            [VqeMetrics.Parameters] = 4, [VqeMetrics.Qubits] = 4, [VqeMetrics.MeasurementGroups] = 3, [VqeMetrics.Iterations] = 20,
            [MetricNames.FitSeconds] = 2, [MetricNames.CircuitEvaluations] = 300, [MetricNames.QSharpRuns] = 20, [MetricNames.Shots] = 0,
        };
        if (instance.Value is { } r)
        {
            metrics[VqeMetrics.BondLength] = r;
            metrics[VqeMetrics.HartreeFockEnergy] = exact + 0.02;
        }
        if (model.Sweep is { } sweep) metrics[VqeMetrics.SweepPrefix + sweep.Field] = sweep.Value;
        var epochs = Enumerable.Range(1, 10).Select(e => new EpochRecord(e, exact + error * (11 - e), double.NaN)).ToList();
        return new RunRecord(job, "quantum", seed, metrics, epochs, [], []) { Group = model.Base, Instance = instance.Label };
    }

    private static RunRecord OptimizationRun(OptimizationSpec spec, string job, int seed, Random random)
    {
        var (problem, solver, _) = spec.Jobs.Single(j => j.Job == job);
        var reference = problem.BestKnown ?? 100;
        var value = reference - random.Next(0, 3);
        var metrics = new Dictionary<string, double>
        {
            [OptimizationMetrics.Value] = value, [OptimizationMetrics.Energy] = -value, [OptimizationMetrics.Maximize] = 1,
            [OptimizationMetrics.Reference] = reference, [OptimizationMetrics.ReferenceIsExact] = problem.BestKnown is null ? 1 : 0,
            [OptimizationMetrics.GapPercent] = 100 * (reference - value) / reference, [OptimizationMetrics.WallSeconds] = 1,
            [OptimizationMetrics.WorkPerSecondPerThread] = 1e7, [MetricNames.FitSeconds] = 1,
        };
        if (value == reference) metrics[OptimizationMetrics.SecondsToReference] = 0.5;
        if (solver.Qaoa is { } q)
        {
            for (var p = 1; p <= q.Layers; p++)
            {
                metrics[OptimizationMetrics.QaoaRatioPrefix + p] = 0.7 + 0.05 * p;
                metrics[OptimizationMetrics.QaoaOptimalProbabilityPrefix + p] = 0.1 * p;
            }
        }
        return new RunRecord(job, solver.Type == "qaoa" ? "quantum" : "classical", seed, metrics, [], [], [])
        {
            Group = solver.Name,
            Instance = problem.Name,
            Trace = [new TimedValue(0.001, reference - 10), new TimedValue(0.1, value)],
        };
    }

    private static RunRecord GraphRun(GraphSpec spec, string job, int seed, Random random)
    {
        var (instance, method, _) = spec.Jobs.Single(j => j.Job == job);
        var graph = instance.EdgesPath is { } edges
            ? GraphCsv.Load(edges, instance.LabelsPath)
            : StochasticBlockModel.Generate(instance.BlockSizes!, instance.PIn, instance.POut, (ulong)seed);
        // The known classes with a few nodes moved, as a method with an ARI below 1 would find.
        var communities = graph.Labels!.Select(l => random.NextDouble() < 0.1 ? 1 - Math.Min(l, 1) : l).ToArray();
        var metrics = new Dictionary<string, double>
        {
            [GraphMetrics.Ari] = 0.6 + 0.4 * random.NextDouble(), [GraphMetrics.Nmi] = 0.7, [GraphMetrics.Misassigned] = 2,
            [GraphMetrics.Modularity] = Modularity.Of(graph, communities), [GraphMetrics.CommunityCount] = 2, [MetricNames.FitSeconds] = 0.5,
            [GraphMetrics.Nodes] = graph.NodeCount, [GraphMetrics.Edges] = graph.Edges.Count,
        };
        if (instance.Ratio is { } ratio)
        {
            metrics[GraphMetrics.Ratio] = ratio;
            metrics[GraphMetrics.MeanDegree] = instance.MeanDegree!.Value;
        }
        IReadOnlyList<EpochRecord> epochs = [];
        int[] labelled = [];
        switch (method.Type)
        {
            case "spectral":
                metrics[GraphMetrics.EigenGap] = 0.15;
                for (var i = 0; i < 10; i++) metrics[GraphMetrics.EigenvaluePrefix + i] = 0.08 * i;
                break;
            case "gcn":
                metrics[MetricNames.TestAccuracy] = 0.9;
                metrics[MetricNames.TrainAccuracy] = 1;
                epochs = [.. Enumerable.Range(1, 20).Select(e => new EpochRecord(e, 1.0 / e, 1) { TestAccuracy = 0.5 + 0.02 * e })];
                labelled = [0, graph.NodeCount - 1];
                break;
            default:
                metrics[OptimizationMetrics.Variables] = Math.Min(graph.NodeCount, method.CoarsenTo ?? graph.NodeCount);
                metrics[GraphMetrics.OptimumModularity] = metrics[GraphMetrics.Modularity] + 0.01;
                if (method.Objective == "balanced-min-cut")
                {
                    metrics[GraphMetrics.Cut] = 10;
                    metrics[GraphMetrics.Imbalance] = 0;
                }
                if (method.Solver!.Qaoa is { } q)
                {
                    for (var p = 1; p <= q.Layers; p++)
                    {
                        metrics[OptimizationMetrics.QaoaRatioPrefix + p] = 0.6 + 0.1 * p;
                        metrics[OptimizationMetrics.QaoaOptimalProbabilityPrefix + p] = 0.05 * p;
                    }
                    metrics[GraphMetrics.UniformOptimalProbability] = 0.002;
                    metrics[MetricNames.CircuitEvaluations] = 300;
                }
                break;
        }
        return new RunRecord(job, method.Type == "qaoa" ? "quantum" : "classical", seed, metrics, epochs, [], [])
        {
            Group = method.Name,
            Instance = instance.Name,
            Communities = new CommunityRecord(communities, labelled, seed == spec.Seeds[0] ? GraphRecord.From(graph) : null),
        };
    }
}
