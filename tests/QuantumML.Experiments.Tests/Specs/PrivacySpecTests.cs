using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Federated;
using QuantumML.Privacy;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Specs;

/// <summary>A federated model's "privacy" field: the jobs it expands into, the ε each job's settings give, and located errors.</summary>
public sealed class PrivacySpecTests
{
    private static ClassificationSpec Spec(string federated) => (ClassificationSpec)TaskSpecLoader.Parse($$"""
        {
          "name": "dp",
          "dataset": { "source": "moons", "samples": 60 },
          "models": [ { "name": "lr", "type": "logistic-regression", "optimizer": "adam", "federated": {{federated}} } ]
        }
        """, "dp.json");

    [Fact]
    public void TheShippedSpecSweepsZBesideANonPrivateRunAndEachJobsEpsilonIsTheAccountants()
    {
        var spec = (ClassificationSpec)TaskSpecLoader.Load(Path.Combine(SpecLoaderTests.FindExperiments(), "federated-dp.json"));
        Assert.Equal(["vqc[z=1]", "vqc[z=2]", "vqc[z=3]", "vqc[z=5]", "vqc[non-private]", "logreg[z=1]", "logreg[z=2]", "logreg[z=3]", "logreg[z=5]", "logreg[non-private]"], spec.JobNames);
        var published = new Dictionary<double, double> { [1] = 16.1, [2] = 5.8, [3] = 3.4, [5] = 1.8 };
        foreach (var model in spec.Models)
        {
            var federated = FederatedSpec.Read(model.Settings)!;
            Assert.Equal(10, federated.Clients);
            Assert.Equal(30, federated.Options.Rounds);
            Assert.Equal(0.5, federated.Options.Fraction);
            if (model.Name.EndsWith("[non-private]", StringComparison.Ordinal))
            {
                Assert.Null(federated.Privacy);
                Assert.Null(federated.Options.Privacy);
                continue;
            }
            var privacy = federated.Privacy!;
            Assert.Same(privacy.Options, federated.Options.Privacy);
            Assert.Equal(0.2, privacy.Options.ClipNorm);
            Assert.Equal(1e-3, privacy.Options.Delta);
            var z = privacy.Options.NoiseMultiplier;
            var epsilon = privacy.Guarantee(federated.Options.Rounds).Epsilon;
            Assert.Equal(RdpAccountant.EpsilonOf(0.5, z, 30, 1e-3).Epsilon, epsilon);
            Assert.Equal(published[z], epsilon, 0.05);
        }
    }

    [Fact]
    public void ATargetEpsilonIsMetByTheSmallestNoiseTheAccountantAllows()
    {
        var spec = Spec("""{ "clients": 10, "rounds": 20, "privacy": { "clip": 0.5, "target_epsilon": [2, 8], "sampling_rate": 0.3, "delta": 1e-3, "non_private_run": false } }""");
        Assert.Equal(["lr[eps=2]", "lr[eps=8]"], spec.JobNames);
        foreach (var (model, target) in spec.Models.Zip(new[] { 2.0, 8.0 }))
        {
            var privacy = FederatedSpec.Read(model.Settings)!.Privacy!;
            Assert.Equal(target, privacy.TargetEpsilon);
            var z = privacy.Options.NoiseMultiplier;
            Assert.InRange(RdpAccountant.EpsilonOf(0.3, z, 20, 1e-3).Epsilon, 0.98 * target, target);
            Assert.True(RdpAccountant.EpsilonOf(0.3, 0.99 * z, 20, 1e-3).Epsilon > target);
        }
    }

    [Fact]
    public void ASingleNoiseMultiplierIsOneJobAndItsReference()
    {
        var spec = Spec("""{ "clients": 4, "privacy": { "noise_multiplier": 1.5, "delta": 0.01 } }""");
        Assert.Equal(["lr[z=1.5]", "lr[non-private]"], spec.JobNames);
        Assert.Equal(ClientWeighting.Uniform, FederatedSpec.Read(spec.Models[0].Settings)!.Privacy!.Options.Weighting);
        Assert.Equal(1.0, FederatedSpec.Read(spec.Models[1].Settings)!.Options.Fraction);
    }

    [Theory]
    [InlineData("""{ "clients": 10, "privacy": { "noise_multiplier": 1, "delta": 0.1 } }""", "$.models[0].federated.privacy.delta is 0.1, at least 1/clients = 1/10")]
    [InlineData("""{ "fraction": 0.5, "privacy": { "noise_multiplier": 1, "delta": 1e-3 } }""", "$.models[0].federated.fraction: with privacy, clients take part by Poisson sampling")]
    [InlineData("""{ "privacy": { "noise_multiplier": 1, "target_epsilon": 2 } }""", "$.models[0].federated.privacy needs one of \"noise_multiplier\" (z) and \"target_epsilon\"")]
    [InlineData("""{ "privacy": { "clip": 1 } }""", "$.models[0].federated.privacy needs one of")]
    [InlineData("""{ "privacy": { "noise_multiplier": [1, "two"] } }""", "$.models[0].federated.privacy.noise_multiplier[1] must be a number")]
    [InlineData("""{ "privacy": { "noise_multiplier": [1, -1] } }""", "$.models[0].federated.privacy.noise_multiplier[1] is -1; it must be in [0, 10000]")]
    [InlineData("""{ "privacy": { "noise_multiplier": [2, 2] } }""", "$.models[0].federated.privacy.noise_multiplier lists 2 twice")]
    [InlineData("""{ "privacy": { "noise_multiplier": [] } }""", "$.models[0].federated.privacy.noise_multiplier lists 0 values")]
    [InlineData("""{ "privacy": { "noise_multiplier": 1e300 } }""", "$.models[0].federated.privacy.noise_multiplier")]
    [InlineData("""{ "privacy": { "noise_multiplier": 1, "clip": 0 } }""", "$.models[0].federated.privacy.clip")]
    [InlineData("""{ "privacy": { "noise_multiplier": 1, "sampling_rate": 2 } }""", "$.models[0].federated.privacy.sampling_rate")]
    [InlineData("""{ "privacy": { "noise_multiplier": 1, "clip_norm": 1 } }""", "$.models[0].federated.privacy.clip_norm is not a known field")]
    [InlineData("""{ "privacy": { "target_epsilon": 1e-3, "delta": 1e-12 } }""", "$.models[0].federated.privacy.target_epsilon 0.001 cannot be met")]
    [InlineData("""{ "privacy": [1] }""", "$.models[0].federated.privacy")]
    public void PrivacyFieldErrorsNameTheirField(string federated, string message)
    {
        // Job settings are read when the runner checks the models; the spec reader alone catches the sweep's own errors.
        var e = Assert.Throws<SpecException>(() =>
        {
            var spec = Spec(federated);
            foreach (var model in spec.Models) FederatedSpec.Read(model.Settings);
        });
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
