using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Statistics;

namespace QuantumML.Experiments.Tests.Running;

/// <summary>The classification report's accuracy intervals stay in [0, 1] where a Student-t interval over three seeds
/// near 1 runs past it: Wilson's interval on the pooled test predictions, or a seed bootstrap where there are none.</summary>
public sealed partial class BoundedIntervalReportTests
{
    private const int TestSize = 30;

    private static RunRecord Run(string model, string kind, int seed, int wrong, bool keepPredictions, double? noisy = null)
    {
        var labels = Enumerable.Range(0, TestSize).Select(i => i % 2).ToArray();
        var predictions = labels.Select((y, i) => i < wrong ? 1 - y : y).ToArray();
        var metrics = new Dictionary<string, double>
        {
            [MetricNames.TestAccuracy] = (TestSize - wrong) / (double)TestSize,
            [MetricNames.TrainAccuracy] = 1, [MetricNames.BalancedAccuracy] = 0.9, [MetricNames.F1] = 0.9, [MetricNames.RocAuc] = 0.95,
            [MetricNames.LogLoss] = 0.1, [MetricNames.FitSeconds] = 1, [MetricNames.PredictSeconds] = 0.1,
            [MetricNames.CircuitEvaluations] = kind == "quantum" ? 100 : 0, [MetricNames.QSharpRuns] = kind == "quantum" ? 1 : 0,
        };
        if (noisy is { } n) metrics[MetricNames.NoisyTestAccuracyPrefix + "depolarizing=0.01"] = n;
        return new RunRecord(model, kind, seed, metrics, [], keepPredictions ? predictions : [], keepPredictions ? labels : []);
    }

    [Fact]
    public void EveryAccuracyIntervalOfTheReportLiesInZeroToOne()
    {
        // vqc: 30/30, 30/30, 29/30 correct; svm 30/30 on every seed; knn kept no predictions: 29/30, 28/30, 30/30.
        List<RunRecord> runs =
        [
            Run("vqc", "quantum", 1, 0, true, 1.0), Run("vqc", "quantum", 2, 0, true, 0.99), Run("vqc", "quantum", 3, 1, true, 0.97),
            Run("svm", "classical", 1, 0, true), Run("svm", "classical", 2, 0, true), Run("svm", "classical", 3, 0, true),
            Run("knn", "classical", 1, 1, false), Run("knn", "classical", 2, 2, false), Run("knn", "classical", 3, 0, false),
        ];
        var spec = new JsonObject { ["name"] = "bounded", ["dataset"] = new JsonObject { ["source"] = "moons" } };
        var result = new ExperimentResult(spec, runs, new RunEnvironment("test", "10", 2, "2026-01-01T00:00:00Z", 1));

        // What the report used to print: mean ± t·s/√3 runs past 1.
        var studentT = SampleSummary.Of([1, 1, 29 / 30.0]);
        Assert.True(studentT.Upper > 1, $"Student-t upper {studentT.Upper}");

        var folder = Directory.CreateTempSubdirectory("qml-bounded-").FullName;
        try
        {
            var report = File.ReadAllText(ReportWriter.Write(folder, result));
            // Wilson's score interval for 89 of 90, computed here from its closed form.
            const double z = 1.959963984540054;
            double n = 3 * TestSize, p = 89 / n;
            var centre = (p + z * z / (2 * n)) / (1 + z * z / n);
            var half = z / (1 + z * z / n) * Math.Sqrt(p * (1 - p) / n + z * z / (4 * n * n));
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"| vqc | quantum | 0.989 ± 0.019 | [{centre - half:0.000}, {centre + half:0.000}] |"), report, StringComparison.Ordinal);
            // All 90 right: Wilson's lower end is z²/(n + z²), the upper 1.
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"| svm | classical | 1.000 ± 0.000 | [{n / (n + z * z):0.000}, 1.000] |"), report, StringComparison.Ordinal);
            // The knn kept no predictions: a seed bootstrap, marked, within the seeds' range.
            var knn = Regex.Match(report, @"\| knn \| classical \| [^|]+\| \[(\S+), (\S+)\] † \|");
            Assert.True(knn.Success, report);
            Assert.InRange(double.Parse(knn.Groups[1].Value, CultureInfo.InvariantCulture), 28 / 30.0 - 5e-4, 29 / 30.0 + 5e-4);
            Assert.InRange(double.Parse(knn.Groups[2].Value, CultureInfo.InvariantCulture), 29 / 30.0 - 5e-4, 1);

            var intervals = Interval().Matches(report).Select(m => (Lower: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Upper: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
            Assert.True(intervals.Count >= 3, $"{intervals.Count} intervals in the report");
            Assert.All(intervals, i => Assert.True(i.Lower >= 0 && i.Lower <= i.Upper && i.Upper <= 1, $"[{i.Lower}, {i.Upper}]"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AccuraciesThatDoNotMatchTheirPredictionsFallBackToTheSeedBootstrap()
    {
        // A run whose recorded accuracy is not its predictions' (a federated model's last round) is not pooled.
        var run = Run("m", "classical", 1, 3, true) with { Metrics = new Dictionary<string, double> { [MetricNames.TestAccuracy] = 0.5 } };
        var interval = Tasks.Classification.AccuracyInterval.Of([run, Run("m", "classical", 2, 0, true)]);
        Assert.Equal(IntervalMethod.SeedBootstrap, interval.Method);
        Assert.InRange(interval.Lower, 0.5, 1);
        Assert.Equal(IntervalMethod.Wilson, Tasks.Classification.AccuracyInterval.Of([Run("m", "classical", 1, 3, true)]).Method);
    }

    [GeneratedRegex(@"\[(-?\d+\.\d+), (-?\d+\.\d+)\]")]
    private static partial Regex Interval();
}
