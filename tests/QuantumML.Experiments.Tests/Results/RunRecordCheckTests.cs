using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;

namespace QuantumML.Experiments.Tests.Results;

/// <summary>What a run file's JSON shape cannot say, checked before merge, resume or the report use it.</summary>
public sealed class RunRecordCheckTests
{
    private static readonly ITaskSpec Spec = TaskSpecLoader.Parse(
        """{ "name": "c", "dataset": { "source": "moons", "samples": 40 }, "seeds": [1, 2], "models": [ { "name": "knn", "type": "knn" } ] }""", "spec.json");

    private static RunRecord Run(Dictionary<string, double>? metrics = null) => new("knn", "classical", 1,
        metrics ?? new[]
        {
            MetricNames.TestAccuracy, MetricNames.TrainAccuracy, MetricNames.BalancedAccuracy, MetricNames.F1, MetricNames.RocAuc, MetricNames.LogLoss,
            MetricNames.FitSeconds, MetricNames.PredictSeconds, MetricNames.CircuitEvaluations, MetricNames.QSharpRuns, MetricNames.Shots,
        }.ToDictionary(m => m, _ => 0.5), [], [0, 1, 1], [0, 1, 0]);

    private static string Refused(RunRecord run, string file = "runs/knn.seed1.json") =>
        Assert.Throws<ResultsFileException>(() => RunRecordCheck.Check(run, Spec, file)).Message;

    [Fact]
    public void ASoundRunPasses() => RunRecordCheck.Check(Run(), Spec, "runs/knn.seed1.json");

    [Fact]
    public void ARunOfAnotherJobSeedOrFileIsRefused()
    {
        Assert.Equal("runs/knn.seed1.json: $.model names a job 'svm' that the spec of this folder does not have", Refused(Run() with { Model = "svm" }));
        Assert.Equal("runs/knn.seed1.json: $.seed 7 is not one of the spec's seeds", Refused(Run() with { Seed = 7 }));
        Assert.StartsWith("runs/knn.seed2.json: holds the run of 'knn' seed 1, which is saved as knn.seed1.json", Refused(Run(), "runs/knn.seed2.json"), StringComparison.Ordinal);
        Assert.Equal("runs/knn.seed1.json: $.kind must be \"quantum\" or \"classical\"", Refused(Run() with { Kind = "magic" }));
    }

    [Fact]
    public void ArraysThatDisagreeAreRefused()
    {
        Assert.Equal("runs/knn.seed1.json: $.test_predictions has 2 values but $.test_labels has 3", Refused(Run() with { TestPredictions = [0, 1] }));
        Assert.Equal("runs/knn.seed1.json: $.test_predictions and $.test_labels must hold class numbers ≥ 0", Refused(Run() with { TestLabels = [0, -1, 0] }));
        Assert.Equal("runs/knn.seed1.json: $.decision_grid.classes has 3 values for a grid of size 2",
            Refused(Run() with { DecisionGrid = new DecisionGrid(0, 1, 0, 1, 2, [0, 1, 0], [0, 0, 0], [0, 0, 0]) }));
        Assert.Equal("runs/knn.seed1.json: $.kernel_matrix.values must be square, with one label per row",
            Refused(Run() with { KernelMatrix = new KernelMatrixRecord([[1, 0], [0]], [0, 1]) }));
    }

    [Fact]
    public void AMissingMetricThatTheReportReadsIsRefused()
    {
        var run = Run();
        var metrics = run.Metrics.Where(m => m.Key != MetricNames.TrainAccuracy).ToDictionary();
        Assert.Equal("runs/knn.seed1.json: $.metrics.train_accuracy is missing", Refused(Run(metrics)));
    }

    [Fact]
    public void InResultsJsonTheRunIsNamedByItsPlaceInTheList() =>
        Assert.Equal("results.json: $.runs[3].seed 7 is not one of the spec's seeds",
            Assert.Throws<ResultsFileException>(() => RunRecordCheck.Check(Run() with { Seed = 7 }, Spec, "results.json", "$.runs[3]")).Message);
}
