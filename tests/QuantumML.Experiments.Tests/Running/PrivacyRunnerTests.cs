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
