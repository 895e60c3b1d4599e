using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Models;

namespace QuantumML.Experiments.Tests.Running;

/// <summary>The report renders for the shape of every shipped spec (models, seeds, classes, quantum or not),
/// fed with synthetic runs so that the test takes seconds rather than the specs' minutes.</summary>
public sealed class ShippedSpecReportTests
{
    public static TheoryData<string> ShippedSpecs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(QuantumML.Experiments.Tests.Specs.SpecLoaderTests.FindExperiments(), "*.json").Order(StringComparer.Ordinal))
        {
            if (TaskSpecLoader.Load(file) is ClassificationSpec) data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedSpecs))]
    public void AReportRendersWithNonEmptyPlots(string file)
    {
        var spec = ClassificationSpecLoader.Load(Path.Combine(QuantumML.Experiments.Tests.Specs.SpecLoaderTests.FindExperiments(), file));
        var (train, test) = DataPreparation.Prepare(spec, spec.Seeds[0]);
        var random = new Random(file.Length);
        var runs = ClassificationRunner.Jobs(spec).Select(job =>
        {
            var predictions = test.Labels.Select(y => random.NextDouble() < 0.8 ? y : (y + 1) % test.ClassCount).ToArray();
            var metrics = new Dictionary<string, double>
            {
                [MetricNames.TestAccuracy] = predictions.Zip(test.Labels).Count(p => p.First == p.Second) / (double)test.Count,
                [MetricNames.TrainAccuracy] = 0.9, [MetricNames.BalancedAccuracy] = 0.8, [MetricNames.F1] = 0.8, [MetricNames.RocAuc] = 0.85,
                [MetricNames.LogLoss] = 0.4, [MetricNames.FitSeconds] = 1, [MetricNames.PredictSeconds] = 0.1,
                [MetricNames.CircuitEvaluations] = job.Model.IsQuantum ? 1000 : 0, [MetricNames.QSharpRuns] = job.Model.IsQuantum ? 10 : 0,
            };
            if (job.Model.Sweep is not null)
            {
                metrics[MetricNames.CvAccuracy] = 0.7 + 0.2 * random.NextDouble();
                metrics[MetricNames.CvAccuracySd] = 0.05;
                metrics[MetricNames.CvSeconds] = 3;
                metrics[MetricNames.CvCircuitEvaluations] = job.Model.IsQuantum ? 3000 : 0;
            }
            var epochs = job.Model.Type is "vqc" or "mlp" ? Enumerable.Range(1, 5).Select(e => new EpochRecord(e, 1.0 / e, 0.5 + 0.08 * e)).ToList() : [];
            var grid = train.FeatureCount == 2 && job.Seed == spec.Seeds[0]
                ? new DecisionGrid(-1, 1, -1, 1, 4, Enumerable.Range(0, 16).Select(i => i % train.ClassCount).ToArray(), test.Features.Select(p => p[0]).ToArray(), test.Features.Select(p => p[1]).ToArray())
                : null;
            var kernel = job.Model.Type == "qsvc" && job.Seed == spec.Seeds[0]
                ? new KernelMatrixRecord([[1, 0.5], [0.5, 1]], [0, 1])
                : null;
            return new RunRecord(job.Model.Name, job.Model.IsQuantum ? "quantum" : "classical", job.Seed, metrics, epochs, predictions, test.Labels)
            {
                DecisionGrid = grid,
                KernelMatrix = kernel,
                Group = job.Model.BaseName == job.Model.Name ? null : job.Model.BaseName,
                Sweep = job.Model.Sweep is { } point ? SweepRecord.Of(job.Model.BaseName, point, [0.8, 0.7, 0.9]) : null,
            };
        }).ToList();
        var result = new ExperimentResult(spec.Source, runs, new RunEnvironment("test", "10", 2, "2026-01-01T00:00:00Z", 1));
        var folder = Directory.CreateTempSubdirectory("qml-shipped-").FullName;
        try
        {
            var report = File.ReadAllText(ReportWriter.Write(folder, result));
            var pngs = Directory.GetFiles(Path.Combine(folder, "plots"), "*.png");
            Assert.True(pngs.Length >= 2, $"{file}: only {pngs.Length} plots");
            Assert.All(pngs, p => Assert.True(new FileInfo(p).Length > 1000, $"{p} is empty"));
            Assert.All(pngs, p => Assert.Contains($"plots/{Path.GetFileName(p)}", report, StringComparison.Ordinal));
            Assert.All(spec.Models, m => Assert.Contains($"| {m.Name} |", report, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
