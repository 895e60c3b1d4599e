using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Federated;

namespace QuantumML.Experiments.Tests.Running;

/// <summary>DP-FedAvg models in a classification spec: what each run records and what the report says of it.</summary>
public sealed class PrivacyRunnerTests
{
    [Fact]
    public async Task PrivateRunsRecordTheAccountantsEpsilonAndTheReportPlotsAccuracyAgainstItBesideTheNonPrivateRun()
    {
        var spec = ClassificationSpecLoader.Parse("""
            {
              "name": "dp",
              "dataset": { "source": "blobs", "samples": 120, "classes": 2, "features": 2, "spread": 1.0 },
              "preprocessing": { "standardize": true },
              "seeds": [1, 2],
              "models": [ { "name": "lr", "type": "logistic-regression", "optimizer": "adam", "batch_size": 10, "learning_rate": 0.1,
                "federated": { "clients": 8, "rounds": 6, "privacy": { "clip": 0.1, "noise_multiplier": [0.8, 4], "sampling_rate": 0.5, "delta": 1e-3 } } } ]
            }
            """, "dp.json");
        var result = await new ClassificationRunner(spec, new ModelFactory(TestQuantum.Runtime, TestQuantum.Project), "test", 2).RunAsync();

        foreach (var z in new[] { 0.8, 4 })
        {
            var runs = result.Runs.Where(r => r.Model == $"lr[z={z}]").ToList();
            Assert.Equal(2, runs.Count);
            var expected = DpFedAvg.Guarantee(new DpFedAvgOptions { ClipNorm = 0.1, NoiseMultiplier = z, Delta = 1e-3 }, 0.5, 6).Epsilon;
            Assert.All(runs, r =>
            {
                Assert.Equal("lr", r.Group);
                Assert.Equal(expected, r.Metrics[PrivacyMetrics.Epsilon]);
                Assert.Equal(1e-3, r.Metrics[PrivacyMetrics.Delta]);
                Assert.Equal(z, r.Metrics[PrivacyMetrics.NoiseMultiplier]);
                Assert.InRange(r.Metrics[PrivacyMetrics.ClippedUpdates], 0, r.Metrics[PrivacyMetrics.ClientUpdates]);
                Assert.InRange(r.Metrics[PrivacyMetrics.ClientUpdates], 1, 8 * 6);
            });
        }
        var reference = result.Runs.Where(r => r.Model == "lr[non-private]").ToList();
        Assert.Equal(2, reference.Count);
        Assert.All(reference, r => Assert.DoesNotContain(r.Metrics.Keys, k => k.StartsWith("dp_", StringComparison.Ordinal)));
        Assert.All(reference, r => Assert.Equal(2.0 * 4 * 6, r.Metrics[FederatedMetrics.ParametersPerRound]));   // q·K = 4 clients × 2 classes × (2 + 1), both ways

        var report = ClassificationReport.Render(result, []);
        Assert.Contains("## Differential privacy", report, StringComparison.Ordinal);
        Assert.Contains("**user: one client with all of its data**", report, StringComparison.Ordinal);
        Assert.Contains("The non-private run of each model is plain FedAvg", report, StringComparison.Ordinal);
        Assert.Contains("- Not protected: the updates the server sees before it adds the noise", report, StringComparison.Ordinal);
        Assert.Contains("| lr | lr[non-private] | — | — | — (fedavg) | 6 | ∞ |", report, StringComparison.Ordinal);
        var epsilon = result.Runs.First(r => r.Model == "lr[z=4]").Metrics[PrivacyMetrics.Epsilon];
        Assert.Contains(FormattableString.Invariant($"| lr | lr[z=4] | 4 | 0.1 | 0.5 | 6 | {epsilon:0.00} (δ = 1e-3) |"), report, StringComparison.Ordinal);
        Assert.Contains("| lr[z=4] | dp-fedavg, iid |", report, StringComparison.Ordinal);
        var plot = Path.Combine(Directory.CreateTempSubdirectory("qml-dp-plot-").FullName, "privacy.png");
        Assert.True(PrivacySection.Draw(result, plot));
        Assert.True(new FileInfo(plot).Length > 10_000);
    }
}

/// <summary>DP-SGD models (example-level privacy for centralized training) in a classification spec.</summary>
public sealed class DpSgdRunnerTests
{
    private static ClassificationSpec Spec(string model) => ClassificationSpecLoader.Parse($$"""
        {
          "name": "dpsgd",
          "dataset": { "source": "moons", "samples": 100, "noise": 0.1 },
          "seeds": [1, 2],
          "models": [ {{model}} ]
        }
        """, "dpsgd.json");

    [Fact]
    public async Task ADpSgdRunRecordsTheExampleLevelEpsilonOfItsScheduleAndTheReportStatesItsUnit()
    {
        var spec = Spec("""
            { "name": "lr-dp", "type": "logistic-regression", "optimizer": "adam", "epochs": 4, "batch_size": 10, "learning_rate": 0.1,
              "dp_sgd": { "clip": 1.0, "noise_multiplier": 1.1, "delta": 1e-3 } },
            { "name": "lr", "type": "logistic-regression", "optimizer": "adam", "epochs": 4, "batch_size": 10, "learning_rate": 0.1 }
            """);
        var result = await new ClassificationRunner(spec, new ModelFactory(TestQuantum.Runtime, TestQuantum.Project), "test", 2).RunAsync();

        var n = DataPreparation.Prepare(spec, 1).Train.Count;
        var steps = 4L * (long)Math.Round(n / 10.0, MidpointRounding.AwayFromZero);
        var expected = QuantumML.Privacy.PrivacyGuarantee.Of(QuantumML.Privacy.PrivacyUnit.Example, 10.0 / n, 1.1, 1.0, steps, 1e-3).Epsilon;
        Assert.All(result.Runs.Where(r => r.Model == "lr-dp"), r =>
        {
            Assert.Equal(expected, r.Metrics[PrivacyMetrics.Epsilon]);
            Assert.Equal(steps, r.Metrics[PrivacyMetrics.Steps]);
            Assert.Equal(10.0 / n, r.Metrics[PrivacyMetrics.SamplingRate]);
            Assert.Equal(1, r.Metrics[PrivacyMetrics.ExampleLevel]);
            Assert.Equal(4, r.Epochs.Count);
        });
        Assert.All(result.Runs.Where(r => r.Model == "lr"), r => Assert.DoesNotContain(PrivacyMetrics.Epsilon, r.Metrics.Keys));
        var report = ClassificationReport.Render(result, []);
        Assert.Contains("**example: one training sample**", report, StringComparison.Ordinal);
        Assert.DoesNotContain("**user: one client", report, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"| lr-dp | lr-dp | 1.1 | 1 | {10.0 / n:0.###} | {steps} steps | {expected:0.00} (δ = 1e-3, per example) | — |"), report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "name": "k", "type": "knn", "dp_sgd": {} }""", "$.models[0].dp_sgd: a knn has no parameters to train by gradients")]
    [InlineData("""{ "name": "lr", "type": "logistic-regression", "dp_sgd": {} }""", "$.models[0].dp_sgd: DP-SGD trains by noisy minibatch gradients; give the logistic regression \"optimizer\"")]
    [InlineData("""{ "name": "lr", "type": "logistic-regression", "optimizer": "adam", "dp_sgd": { "clip": 1, "sigma": 1 } }""", "$.models[0].dp_sgd.sigma is not a known field")]
    [InlineData("""{ "name": "lr", "type": "logistic-regression", "optimizer": "adam", "dp_sgd": { "noise_multiplier": -1 } }""", "$.models[0].dp_sgd.noise_multiplier")]
    [InlineData("""{ "name": "lr", "type": "logistic-regression", "optimizer": "adam", "dp_sgd": {}, "federated": {} }""", "$.models[0].dp_sgd: a federated model is made private by \"federated\"")]
    [InlineData("""{ "name": "m", "type": "mlp", "dp_sgd": {}, "early_stopping": {} }""", "$.models[0].early_stopping is not supported with DP-SGD")]
    public async Task DpSgdFieldErrorsNameTheirField(string model, string message)
    {
        var e = await Assert.ThrowsAsync<QuantumML.Settings.SpecException>(() =>
            new ClassificationRunner(Spec(model), new ModelFactory(TestQuantum.Runtime, TestQuantum.Project), "test", 1).RunAsync());
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
