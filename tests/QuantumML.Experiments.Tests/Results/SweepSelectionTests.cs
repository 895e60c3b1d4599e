using System.Text.Json.Nodes;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Classification;

namespace QuantumML.Experiments.Tests.Results;

public sealed class SweepSelectionTests
{
    private static RunRecord Candidate(int index, int seed, double cv, double sd, double test) =>
        new($"vqc[layers={index + 1}]", "quantum", seed, new Dictionary<string, double>
        {
            [MetricNames.CvAccuracy] = cv, [MetricNames.CvAccuracySd] = sd, [MetricNames.TestAccuracy] = test,
            [MetricNames.TrainAccuracy] = 0.9, [MetricNames.FitSeconds] = 1, [MetricNames.CvSeconds] = 3,
            [MetricNames.CircuitEvaluations] = 100, [MetricNames.CvCircuitEvaluations] = 300,
        }, [], [0, 1], [0, 1])
        {
            Group = "vqc",
            Sweep = new SweepRecord("vqc", "grid", index, 3, new Dictionary<string, JsonNode> { ["layers"] = index + 1 }, [cv - sd, cv + sd]),
        };

    private static RunRecord Plain(string model, int seed) =>
        new(model, "classical", seed, new Dictionary<string, double>
        {
            [MetricNames.TestAccuracy] = 0.8, [MetricNames.TrainAccuracy] = 0.8, [MetricNames.FitSeconds] = 0.1, [MetricNames.CircuitEvaluations] = 0,
        }, [], [0, 1], [0, 1]);

    private static ExperimentResult Result(params RunRecord[] runs) =>
        new(new JsonObject { ["name"] = "t" }, runs, new RunEnvironment("test", "10", 2, "2026-01-01T00:00:00Z", 1));

    [Fact]
    public void SelectionFollowsTheCvScoreAndNeverTheTestScore()
    {
        // Seed 1: candidate 0 has by far the best test accuracy but the worst CV score.
        var result = Result(
            Candidate(0, 1, cv: 0.70, sd: 0.01, test: 0.99), Candidate(1, 1, cv: 0.85, sd: 0.05, test: 0.60), Candidate(2, 1, cv: 0.80, sd: 0.01, test: 0.95), Plain("lr", 1),
            Candidate(0, 2, cv: 0.90, sd: 0.02, test: 0.50), Candidate(1, 2, cv: 0.80, sd: 0.02, test: 0.90), Candidate(2, 2, cv: 0.70, sd: 0.02, test: 0.90), Plain("lr", 2));

        var choices = SweepSelection.Choose(result);

        Assert.Equal([("vqc", 1, "vqc[layers=2]"), ("vqc", 2, "vqc[layers=1]")], choices.Select(c => (c.Model, c.Seed, c.Selected.Model)));
    }

    [Fact]
    public void TiesGoToTheLowerSdThenToTheEarlierCandidate()
    {
        var bySd = SweepSelection.Best([Candidate(0, 1, 0.8, 0.05, 0.5), Candidate(1, 1, 0.8, 0.01, 0.5), Candidate(2, 1, 0.8, 0.03, 0.9)]);
        // 0.1 + 0.7 and 0.8 differ in the last bit; they are the same score.
        var byOrder = SweepSelection.Best([Candidate(2, 1, 0.1 + 0.7, 0.02, 0.9), Candidate(1, 1, 0.8, 0.02, 0.5)]);

        Assert.Equal("vqc[layers=2]", bySd.Model);
        Assert.Equal("vqc[layers=2]", byOrder.Model);
    }

    [Fact]
    public void TheViewReplacesEachSeedsCandidatesByTheSelectedOneUnderTheModelsName()
    {
        var result = Result(
            Candidate(0, 1, 0.7, 0.01, 0.71), Candidate(1, 1, 0.9, 0.01, 0.81), Plain("lr", 1),
            Candidate(0, 2, 0.9, 0.01, 0.72), Candidate(1, 2, 0.7, 0.01, 0.82), Plain("lr", 2));

        var view = SweepSelection.View(result);

        Assert.Equal([("vqc", 1), ("lr", 1), ("vqc", 2), ("lr", 2)], view.Runs.Select(r => (r.Model, r.Seed)));
        Assert.Equal([0.81, 0.8, 0.72, 0.8], view.Runs.Select(r => r.Metrics[MetricNames.TestAccuracy]));
        Assert.All(view.Runs, r => Assert.Null(r.Sweep));
        var unswept = Result(Plain("lr", 1));
        Assert.Same(unswept, SweepSelection.View(unswept));
    }

    [Fact]
    public void TheReportAndThePrintedTableShowTheCvTableAndTheSelectedValues()
    {
        var result = Result(
            Candidate(0, 1, 0.70, 0.01, 0.99), Candidate(1, 1, 0.85, 0.05, 0.60), Candidate(2, 1, 0.80, 0.01, 0.95), Plain("lr", 1),
            Candidate(0, 2, 0.90, 0.02, 0.50), Candidate(1, 2, 0.80, 0.02, 0.90), Candidate(2, 2, 0.70, 0.02, 0.90), Plain("lr", 2));
        var folder = Directory.CreateTempSubdirectory("qml-sweep-report-").FullName;
        try
        {
            var report = File.ReadAllText(ReportWriter.Write(folder, result));
            Assert.Contains("## Hyper-parameter search", report, StringComparison.Ordinal);
            Assert.Contains("### vqc: grid search over layers, 3 candidates, 2-fold CV", report, StringComparison.Ordinal);
            Assert.Contains("| candidate | layers | CV accuracy, seed 1 | CV accuracy, seed 2 | mean CV | times selected |", report, StringComparison.Ordinal);
            Assert.Contains("| vqc[layers=2] | 2 | **0.850 ± 0.050** | 0.800 ± 0.020 | 0.825 | 1 of 2 |", report, StringComparison.Ordinal);
            Assert.Contains("| vqc[layers=3] | 3 | 0.800 ± 0.010 | 0.700 ± 0.020 | 0.750 | 0 of 2 |", report, StringComparison.Ordinal);
            Assert.Contains("| 1 | vqc[layers=2] | 2 | 0.850 ± 0.050 | 0.600 |", report, StringComparison.Ordinal);
            Assert.Contains("| 2 | vqc[layers=1] | 1 | 0.900 ± 0.020 | 0.500 |", report, StringComparison.Ordinal);
            Assert.Contains("search cost per seed (mean): 9 fits (every candidate on 2 folds, and refitted once), 12.0 s of fitting and predicting, 1200 circuit evaluations", report, StringComparison.Ordinal);
            // The accuracy table has the swept model once, with the selected candidates' test scores (0.60 and 0.50).
            Assert.Contains("| vqc | quantum | 0.550 ± 0.071 |", report, StringComparison.Ordinal);

            var table = ReportWriter.Table(result);
            Assert.Contains("vqc: grid search, 2-fold CV on the training split; selected per seed by CV mean, never by test", table, StringComparison.Ordinal);
            Assert.Matches(@"vqc\[layers=2\]\s+0\.825 ± 0\.035\s+1/2", table);
            Assert.Contains("seed 1: selected vqc[layers=2] (cv 0.850, test 0.600)", table, StringComparison.Ordinal);
            Assert.Matches(@"(?m)^vqc\s+quantum\s+2\s+0\.550 ± 0\.071", table);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void APartialResultSaysWhichSeedsLackCandidates()
    {
        var result = Result(Candidate(0, 1, 0.7, 0.01, 0.7), Candidate(1, 1, 0.8, 0.01, 0.8), Plain("lr", 1));

        var section = SweepReport.Markdown(result);

        Assert.Contains("- seed 1: only 2 of 3 candidates are in these results (a shard or an unfinished run); its selection is among those.", section, StringComparison.Ordinal);
        Assert.Equal("", SweepReport.Markdown(Result(Plain("lr", 1))));
    }
}
