using QuantumML.Baselines;
using QuantumML.Data;
using QuantumML.Federated;
using QuantumML.Models;
using QuantumML.Quantum;
using QuantumML.Randomness;
using QuantumML.Training;

namespace QuantumML.Tests.Federated;

public sealed class FederatedTrainerTests
{
    private static Dataset Blobs() => SyntheticData.Blobs(60, 3, 2, 1.0, new Random(8));

    private static MultilayerPerceptron Mlp(int seed, int epochs = 6, int batch = 8) => new(new MultilayerPerceptronOptions
    {
        HiddenLayers = [5], Epochs = epochs, BatchSize = batch, LearningRate = 0.03, Seed = seed, Schedule = new CosineSchedule(0.001),
    });

    [Fact]
    public async Task FedAvgWithOneClientAndOneLocalEpochIsCentralizedTrainingStepForStep()
    {
        var data = Blobs();
        const int fedSeed = 21;
        // The client's minibatch orders come from its derived seed; the centralized run is given the same one.
        var centralized = new MultilayerPerceptron(Mlp(3).Options with { Seed = 3 });
        var trainer = new EpochTrainer(centralized.Training with { Seed = DerivedSeed.Of(fedSeed, 0) });
        var history = await trainer.TrainAsync(centralized, data);

        var global = Mlp(3);
        var rounds = await new FederatedTrainer(new FederatedOptions { Rounds = 6, LocalEpochs = 1, Seed = fedSeed })
            .TrainAsync(global, [data], k => Mlp(100 + k));

        Assert.Equal(centralized.Parameters, global.Parameters);   // bit for bit
        Assert.Equal(history.Epochs.Select(e => e.Loss), rounds.Select(r => r.Loss));
    }

    [Fact]
    public async Task ClientsHoldingIdenticalDataAgreeWithASingleClient()
    {
        var data = Blobs();
        // Full-batch steps: every client computes the same update, so their weighted mean is that update.
        var options = new FederatedOptions { Rounds = 4, LocalEpochs = 2, Seed = 5 };
        var single = Mlp(2, batch: 60);
        await new FederatedTrainer(options).TrainAsync(single, [data], k => Mlp(2, batch: 60));
        var many = Mlp(2, batch: 60);
        var rounds = await new FederatedTrainer(options).TrainAsync(many, [data, data, data, data], k => Mlp(2, batch: 60));

        Assert.All(single.Parameters.Zip(many.Parameters), p => Assert.Equal(p.First, p.Second, 12));
        Assert.All(rounds, r => Assert.Equal(2L * 4 * single.Parameters.Length, r.ParametersSent));
    }

    [Fact]
    public async Task ResultsDoNotDependOnHowManyClientsTrainAtOnce()
    {
        var data = Blobs();
        var parts = ClientPartition.Dirichlet(data.Labels, 3, 5, 0.5, new Random(1));
        var clients = ClientPartition.Apply(data, parts);
        var options = new FederatedOptions { Rounds = 3, LocalEpochs = 2, Fraction = 0.6, Mu = 0.1, Seed = 9 };
        var serial = Mlp(4);
        var serialRounds = await new FederatedTrainer(options) { Parallelism = 1 }.TrainAsync(serial, clients, k => Mlp(4));
        var parallel = Mlp(4);
        var parallelRounds = await new FederatedTrainer(options) { Parallelism = 4 }.TrainAsync(parallel, clients, k => Mlp(4));

        Assert.Equal(serial.Parameters, parallel.Parameters);
        Assert.Equal(serialRounds.Select(r => r.Clients), parallelRounds.Select(r => r.Clients));
        Assert.All(serialRounds, r => Assert.Equal(3, r.Clients.Count));   // C = 0.6 of 5
    }

    [Fact]
    public async Task AStrongProximalTermKeepsTheGlobalModelNearItsStart()
    {
        var data = Blobs();
        var clients = ClientPartition.Apply(data, ClientPartition.Iid(data.Count, 3, new Random(2)));
        var start = await Mlp(6).InitializeAsync(data);
        double Drift(IParametricClassifier m) => Math.Sqrt(m.Parameters.Zip(start, (a, b) => (a - b) * (a - b)).Sum());

        var fedAvg = Mlp(6);
        await new FederatedTrainer(new FederatedOptions { Rounds = 3, Seed = 1 }).TrainAsync(fedAvg, clients, k => Mlp(6));
        var fedProx = Mlp(6);
        await new FederatedTrainer(new FederatedOptions { Rounds = 3, Seed = 1, Mu = 50 }).TrainAsync(fedProx, clients, k => Mlp(6));
        Assert.True(Drift(fedProx) < 0.5 * Drift(fedAvg), $"FedProx drift {Drift(fedProx)}, FedAvg drift {Drift(fedAvg)}");
    }

    [Fact]
    public async Task AFederatedVqcLearnsAndProbesTheGlobalModelEachRound()
    {
        var data = SyntheticData.Moons(24, 0.1, new Random(3));
        var clients = ClientPartition.Apply(data, ClientPartition.Iid(data.Count, 3, new Random(3)));
        VariationalQuantumClassifier Vqc(int seed) => new(TestRuntime.Runtime, TestRuntime.Project, new VqcOptions
        {
            Circuit = new CircuitSpec("Encodings.ApplyAngleEncoding", "Ansatzes.ApplyHardwareEfficientAnsatz", 2),
            BatchSize = 8, LearningRate = 0.1, Seed = seed,
        });
        var global = Vqc(1);
        var rounds = await new FederatedTrainer(new FederatedOptions { Rounds = 3, Seed = 2 })
        {
            TestAccuracyProbe = async (m, ct) => QuantumML.Metrics.ClassificationMetrics.Accuracy(data.Labels, await m.PredictAsync(data.Features, ct)),
        }.TrainAsync(global, clients, Vqc);

        Assert.Equal(3, rounds.Count);
        Assert.All(rounds, r => Assert.InRange(r.TestAccuracy, 0, 1));
        Assert.True(rounds[^1].Loss < rounds[0].Loss, $"losses {string.Join(", ", rounds.Select(r => r.Loss))}");
        var probabilities = await global.PredictProbabilitiesAsync(data.Features[..3]);
        Assert.All(probabilities, row => Assert.Equal(1, row.Sum(), 12));
    }
}
