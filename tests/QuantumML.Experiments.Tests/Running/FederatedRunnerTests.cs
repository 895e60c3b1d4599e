using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Running;

/// <summary>Federated models in a classification spec, run beside their centralized counterparts.</summary>
public sealed class FederatedRunnerTests
{
    private static ClassificationSpec Spec(string models) => ClassificationSpecLoader.Parse($$"""
        {
          "name": "federated",
          "dataset": { "source": "blobs", "samples": 120, "classes": 3, "features": 2, "spread": 1.0 },
          "preprocessing": { "standardize": true },
          "seeds": [1, 2],
          "models": [ {{models}} ]
        }
        """, "federated.json");

    private static Task<ExperimentResult> RunAsync(ClassificationSpec spec) =>
        new ClassificationRunner(spec, new ModelFactory(TestQuantum.Runtime, TestQuantum.Project), "test", 2).RunAsync();

    [Fact]
    public async Task FederatedRunsRecordRoundsCommunicationAndLearningCurvesBesideCentralizedOnes()
    {
        var result = await RunAsync(Spec("""
            { "name": "lr", "type": "logistic-regression", "optimizer": "adam", "epochs": 6, "batch_size": 10, "learning_rate": 0.1 },
            { "name": "lr-fed", "type": "logistic-regression", "optimizer": "adam", "batch_size": 10, "learning_rate": 0.1,
              "federated": { "clients": 4, "rounds": 6, "local_epochs": 2, "fraction": 0.5, "split": "dirichlet", "alpha": 0.3, "target_accuracy": 0.5 } }
            """));
        var centralized = result.Runs.Where(r => r.Model == "lr").ToList();
        var federated = result.Runs.Where(r => r.Model == "lr-fed").ToList();

        Assert.All(centralized, r => Assert.Equal(6, r.Epochs.Count(e => e.TestAccuracy is >= 0 and <= 1)));
        Assert.All(federated, r =>
        {
            Assert.Equal(6, r.Epochs.Count);
            Assert.Equal(r.Metrics[MetricNames.TestAccuracy], r.Epochs[^1].TestAccuracy);   // the final round's global model
            Assert.Equal(2.0 * 2 * 9, r.Metrics[FederatedMetrics.ParametersPerRound]);     // 2 of 4 clients × 3 classes × (2 + 1)
            Assert.Equal(6 * r.Metrics[FederatedMetrics.ParametersPerRound], r.Metrics[FederatedMetrics.ParametersSent]);
            Assert.InRange(r.Metrics[FederatedMetrics.LabelSkew], 0.05, 1);
            Assert.True(r.Metrics.ContainsKey(FederatedMetrics.RoundsToTarget));
        });

        var report = ClassificationReport.Render(result, []);
        Assert.Contains("## Federated training", report, StringComparison.Ordinal);
        Assert.Contains("| lr-fed | fedavg, dirichlet(0.3) | 4 |", report, StringComparison.Ordinal);
        Assert.Contains("| lr | centralized | 1 |", report, StringComparison.Ordinal);
        Assert.Contains("Nothing here is a privacy guarantee", report, StringComparison.Ordinal);
        var plot = Path.Combine(Directory.CreateTempSubdirectory("qml-fed-plot-").FullName, "federated.png");
        Assert.True(FederatedSection.Draw(result, plot));
        Assert.True(new FileInfo(plot).Length > 10_000);
    }

    [Theory]
    [InlineData("""{ "name": "k", "type": "knn", "federated": {} }""", "$.models[0].federated: a knn has no parameters to average")]
    [InlineData("""{ "name": "lr", "type": "logistic-regression", "federated": {} }""", "give the logistic regression \"optimizer\"")]
    [InlineData("""{ "name": "v", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "optimizer": "lbfgs", "federated": {} }""", "give the vqc \"optimizer\"")]
    [InlineData("""{ "name": "m", "type": "mlp", "early_stopping": {}, "federated": {} }""", "$.models[0].early_stopping is not supported with federated training")]
    [InlineData("""{ "name": "m", "type": "mlp", "federated": { "split": "iid", "alpha": 0.3 } }""", "$.models[0].federated.alpha applies to \"split\": \"dirichlet\" only")]
    [InlineData("""{ "name": "m", "type": "mlp", "federated": { "clients": 0 } }""", "$.models[0].federated.clients is 0")]
    [InlineData("""{ "name": "m", "type": "mlp", "federated": { "round": 3 } }""", "$.models[0].federated.round is not a known field")]
    public async Task FederatedFieldErrorsNameTheirField(string model, string message)
    {
        var e = await Assert.ThrowsAsync<SpecException>(() => RunAsync(Spec(model)));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
