using QuantumML.Baselines;
using QuantumML.Data;
using QuantumML.Federated;
using QuantumML.Models;
using QuantumML.Privacy;
using QuantumML.Quantum;
using QuantumML.Training;

namespace QuantumML.Tests.Federated;

public sealed class DpFedAvgTests
{
    private static Dataset Tiny(int n = 4) => SyntheticData.Blobs(n, 2, 2, 1.0, new Random(n));

    private static double Distance(double[] a, double[] b) => Math.Sqrt(a.Zip(b, (u, v) => (u - v) * (u - v)).Sum());

    /// <summary>One round over clients whose models have fixed gradients; returns the new global parameters and the round.</summary>
    private static async Task<(double[] Parameters, FederatedRound Round)> OneRoundAsync(double[][] gradients, FederatedOptions options)
    {
        var global = new FixedGradientModel(new double[gradients[0].Length]);
        var rounds = await new FederatedTrainer(options with { Rounds = 1 })
            .TrainAsync(global, gradients.Select(_ => Tiny()).ToList(), k => new FixedGradientModel(gradients[k]));
        return (global.Parameters, rounds[0]);
    }

    [Fact]
    public async Task ZeroNoiseWithoutClippingIsFedAvgExactly()
    {
        // Unequal clients (a Dirichlet split), local Adam steps, three rounds: the same numbers, bit for bit.
        var data = SyntheticData.Blobs(80, 2, 3, 1.5, new Random(4));
        var clients = ClientPartition.Apply(data, ClientPartition.Dirichlet(data.Labels, 2, 4, 0.5, new Random(5)));
        Assert.True(clients.Select(c => c.Count).Distinct().Count() > 1);
        static LogisticRegression Logreg() => new(new LogisticRegressionOptions
        {
            Optimizer = "adam", L2 = 0.01, Training = new TrainingOptions { Epochs = 1, BatchSize = 8, LearningRate = 0.1 },
        });
        var plain = new FederatedOptions { Rounds = 3, LocalEpochs = 2, Seed = 3 };
        var fedAvg = Logreg();
        var fedAvgRounds = await new FederatedTrainer(plain).TrainAsync(fedAvg, clients, _ => Logreg());
        var dp = Logreg();
        var dpRounds = await new FederatedTrainer(plain with
        {
            Privacy = new DpFedAvgOptions { ClipNorm = double.PositiveInfinity, NoiseMultiplier = 0, Weighting = ClientWeighting.Samples },
        }).TrainAsync(dp, clients, _ => Logreg());

        Assert.Equal(fedAvg.Parameters, dp.Parameters);
        Assert.Equal(fedAvgRounds.Select(r => r.Loss), dpRounds.Select(r => r.Loss));
        Assert.All(dpRounds, r => Assert.Equal(double.PositiveInfinity, r.Epsilon));   // no noise: no guarantee
    }

    [Fact]
    public async Task AnAdversarialClientMovesTheAggregateByAtMostItsClippedShare()
    {
        double[] benign = [0.01, -0.02, 0.03];
        double[] adversary = [1e8, -1e8, 1e8];
        double[] idle = [0, 0, 0];
        const double clip = 0.5;
        foreach (var z in new[] { 0.0, 1.0 })
        {
            var options = new FederatedOptions { Seed = 11, Privacy = new DpFedAvgOptions { ClipNorm = clip, NoiseMultiplier = z } };
            var (attacked, round) = await OneRoundAsync([benign, benign, benign, adversary], options);
            var (honest, _) = await OneRoundAsync([benign, benign, benign, idle], options);
            // Uniform weights over q·K = 4 expected clients: one client's clipped update counts C/4; the noise is the same
            // draw in both runs (same seed), so it cancels in the difference.
            Assert.Equal(clip / 4, Distance(attacked, honest), 1e-12);
            Assert.Equal(1, round.Clipped);
        }

        var (poisoned, _) = await OneRoundAsync([benign, benign, benign, adversary], new FederatedOptions { Seed = 11 });
        Assert.True(poisoned.Max(Math.Abs) > 1e7, "plain FedAvg lets the adversary through");
    }

    [Fact]
    public async Task TheSeededNoiseIsReproducibleAndHasTheStatedScale()
    {
        // Idle clients: the aggregate is the noise alone, σ = z·C/(q·K) = 1.5 · 2 / 4 on each of 4000 coordinates.
        var idle = Enumerable.Range(0, 4).Select(_ => new double[4000]).ToArray();
        var options = new FederatedOptions { Seed = 5, Privacy = new DpFedAvgOptions { ClipNorm = 2, NoiseMultiplier = 1.5 } };
        var (first, _) = await OneRoundAsync(idle, options);
        var (again, _) = await OneRoundAsync(idle, options);
        var (other, _) = await OneRoundAsync(idle, options with { Seed = 6 });
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        var std = Math.Sqrt(first.Average(v => v * v));
        Assert.InRange(std, 0.75 * 0.95, 0.75 * 1.05);
        Assert.InRange(first.Average(), -0.05, 0.05);
        Assert.Equal(0.75, DpFedAvg.NoiseStandardDeviation(4, 1, 1, options.Privacy!), 12);
    }

    [Fact]
    public void SampleWeightsScaleTheNoiseToTheLargestClient()
    {
        var options = new DpFedAvgOptions { ClipNorm = 1, NoiseMultiplier = 2, Weighting = ClientWeighting.Samples };
        // Clients of 10, 30 and 60 samples at q = 0.5: σ = z·C·60/(0.5·100).
        Assert.Equal(2 * 60 / 50.0, DpFedAvg.NoiseStandardDeviation(100, 60, 0.5, options), 12);
    }

    [Fact]
    public void PoissonSamplingTakesEachClientAtTheRate()
    {
        var picks = Enumerable.Range(1, 400).Sum(round => DpFedAvg.Select(3, round, 10, 0.3).Count);
        Assert.InRange(picks / 4000.0, 0.27, 0.33);
        Assert.Equal(10, DpFedAvg.Select(3, 1, 10, 1.0).Count);
        Assert.Equal(DpFedAvg.Select(3, 7, 10, 0.3), DpFedAvg.Select(3, 7, 10, 0.3));
        // Poisson, not a fixed count: the number per round varies, and some rounds take nobody (0.7¹⁰ ≈ 2.8% of them).
        var counts = Enumerable.Range(1, 400).Select(round => DpFedAvg.Select(3, round, 10, 0.3).Count).ToArray();
        Assert.True(counts.Distinct().Count() >= 5);
        Assert.Contains(0, counts);
    }

    [Fact]
    public async Task EveryRoundReportsTheUserLevelEpsilonSpentSoFar()
    {
        var data = Tiny(40);
        var clients = ClientPartition.Apply(data, ClientPartition.Iid(data.Count, 8, new Random(1)));
        var dp = new DpFedAvgOptions { ClipNorm = 0.5, NoiseMultiplier = 1.2, Delta = 1e-4 };
        static LogisticRegression Logreg() => new(new LogisticRegressionOptions
        {
            Optimizer = "sgd", Training = new TrainingOptions { Epochs = 1, BatchSize = 5, LearningRate = 0.1 },
        });
        var rounds = await new FederatedTrainer(new FederatedOptions { Rounds = 6, Fraction = 0.5, Seed = 2, Privacy = dp })
            .TrainAsync(Logreg(), clients, _ => Logreg());
        for (var t = 1; t <= rounds.Count; t++)
            Assert.Equal(RdpAccountant.EpsilonOf(0.5, 1.2, t, 1e-4).Epsilon, rounds[t - 1].Epsilon, 12);
        Assert.All(rounds.Zip(rounds.Skip(1)), p => Assert.True(p.First.Epsilon < p.Second.Epsilon));
        var guarantee = DpFedAvg.Guarantee(dp, 0.5, rounds.Count);
        Assert.Equal(PrivacyUnit.User, guarantee.Unit);
        Assert.Equal(rounds[^1].Epsilon, guarantee.Epsilon);
        Assert.Contains("user-level", guarantee.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DpFedAvgTrainsLogisticRegressionAndTheVqc()
    {
        var moons = SyntheticData.Moons(60, 0.1, new Random(2));
        var clients = ClientPartition.Apply(moons, ClientPartition.Iid(moons.Count, 5, new Random(2)));
        async Task<double> Accuracy(IClassifier m) => QuantumML.Metrics.ClassificationMetrics.Accuracy(moons.Labels, await m.PredictAsync(moons.Features));
        var dp = new FederatedOptions { Rounds = 15, Seed = 4, Privacy = new DpFedAvgOptions { ClipNorm = 1, NoiseMultiplier = 0.3 } };
        static LogisticRegression Logreg() => new(new LogisticRegressionOptions
        {
            Optimizer = "adam", Training = new TrainingOptions { Epochs = 1, BatchSize = 4, LearningRate = 0.1 },
        });
        var logreg = Logreg();
        await new FederatedTrainer(dp).TrainAsync(logreg, clients, _ => Logreg());
        Assert.True(await Accuracy(logreg) > 0.75, $"accuracy {await Accuracy(logreg)}");

        VariationalQuantumClassifier Vqc(int seed) => new(TestRuntime.Runtime, TestRuntime.Project, new VqcOptions
        {
            Circuit = new CircuitSpec("Encodings.ApplyAngleEncoding", "Ansatzes.ApplyHardwareEfficientAnsatz", 2),
            BatchSize = 6, LearningRate = 0.1, Seed = seed,
        });
        var vqc = Vqc(1);
        var start = await Vqc(1).InitializeAsync(moons);
        var rounds = await new FederatedTrainer(dp with { Rounds = 2 }).TrainAsync(vqc, clients, Vqc);
        Assert.All(vqc.Parameters, p => Assert.True(double.IsFinite(p)));
        Assert.True(Distance(start, vqc.Parameters) > 0);
        Assert.True(double.IsFinite(rounds[^1].Epsilon) && rounds[^1].Epsilon > 0);
    }

    [Fact]
    public async Task BadPrivacySettingsAreRefused()
    {
        async Task<string> Message(DpFedAvgOptions dp) => (await Assert.ThrowsAsync<ArgumentException>(() =>
            OneRoundAsync([[0.0]], new FederatedOptions { Privacy = dp }))).Message;
        Assert.Contains("finite clipping norm", await Message(new DpFedAvgOptions { ClipNorm = double.PositiveInfinity, NoiseMultiplier = 1 }), StringComparison.Ordinal);
        Assert.Contains("δ", await Message(new DpFedAvgOptions { Delta = 0 }), StringComparison.Ordinal);
        Assert.Contains("noise multiplier", await Message(new DpFedAvgOptions { NoiseMultiplier = -1 }), StringComparison.Ordinal);
    }
}
