using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Optimization;
using QuantumML.Randomness;
using QuantumML.Training;

namespace QuantumML.Federated;

/// <summary>Federated training of any <see cref="IParametricClassifier"/> (McMahan et al., "Communication-Efficient
/// Learning of Deep Networks from Decentralized Data", 2017): each round the server sends the global parameters to a
/// seeded fraction of clients, each trains E local epochs on its own data with its own optimizer (FedProx adds a
/// proximal term), and the server replaces the global parameters by the sample-weighted mean of theirs.</summary>
/// <remarks>Clients are simulated in-process, in parallel; each has its own model instance, optimizer and seeds, and
/// aggregation runs in client order, so results do not depend on the thread count. A client keeps its optimizer's
/// moments between the rounds it takes part in, so that one client with E = 1 is centralized training step for step.
/// Plain FedAvg is no privacy mechanism: the server could read every client's update, and the global model carries
/// them. With <see cref="FederatedOptions.Privacy"/> the server runs DP-FedAvg instead (<see cref="DpFedAvg"/>): Poisson
/// sampling of clients, clipped updates, a fixed-denominator average and Gaussian noise, for user-level (ε, δ)-DP of
/// the released global models (the server itself still sees the clipped updates: it is trusted).</remarks>
/// <param name="options">Rounds, local epochs, participation, μ and seed.</param>
public sealed class FederatedTrainer(FederatedOptions options)
{
    /// <summary>Measured on the global model after each round (its parameters in place), or null.</summary>
    public Func<IParametricClassifier, CancellationToken, Task<double>>? TestAccuracyProbe { get; init; }

    /// <summary>How many clients train at once; results are the same for any value.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Called after each round.</summary>
    public Action<FederatedRound>? OnRound { get; init; }

    /// <summary>Trains <paramref name="global"/> federated over <paramref name="clients"/>' data; <paramref name="newClientModel"/>
    /// makes client k's own model (same kind and settings). Returns the rounds; the global model ends with the final parameters.</summary>
    public async Task<IReadOnlyList<FederatedRound>> TrainAsync(IParametricClassifier global, IReadOnlyList<Dataset> clients,
        Func<int, IParametricClassifier> newClientModel, CancellationToken cancellationToken = default)
    {
        Validate(clients);
        var union = clients.First(c => c.Count > 0);
        var x = await global.InitializeAsync(union, cancellationToken).ConfigureAwait(false);
        var training = global.Training;
        var states = await Task.WhenAll(clients.Select(async (data, k) =>
        {
            var model = newClientModel(k);
            await model.InitializeAsync(data.Count > 0 ? data : union, cancellationToken).ConfigureAwait(false);
            var optimizer = OptimizerCatalogue.Step(training.Optimizer, 0, training.LearningRate);
            optimizer.Start(x.Length);
            return new ClientState(k, data, model, optimizer);
        })).ConfigureAwait(false);

        var totalEpochs = options.Rounds * options.LocalEpochs;
        var perRound = Math.Max(1, (int)Math.Round(options.Fraction * clients.Count, MidpointRounding.AwayFromZero));
        var rounds = new List<FederatedRound>();
        var privacy = options.Privacy;
        // DP-FedAvg's weights over all clients, fixed before training (the denominator q·W must not depend on the sample).
        var weights = clients.Select(c => privacy?.Weighting == ClientWeighting.Samples ? (double)c.Count : 1.0).ToArray();
        var (totalWeight, largestWeight) = (weights.Sum(), weights.Max());
        var epsilons = privacy is null ? null : DpFedAvg.EpsilonByRound(privacy, options.Fraction, options.Rounds);
        using var gate = new SemaphoreSlim(Math.Max(1, Parallelism));
        for (var round = 1; round <= options.Rounds; round++)
        {
            var selected = privacy is null
                ? Select(round, clients.Count, perRound, states)
                : DpFedAvg.Select(options.Seed, round, clients.Count, options.Fraction);
            var center = (double[])x.Clone();
            var results = await Task.WhenAll(selected.Select(async k =>
            {
                await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return await TrainClientAsync(states[k], center, round, totalEpochs, training, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    gate.Release();
                }
            })).ConfigureAwait(false);

            var total = results.Sum(r => (double)r.Samples);
            var clipped = 0;
            if (privacy is null)
            {
                // FedAvg: the mean of the clients' parameters weighted by their sample counts, summed in client order.
                var next = new double[x.Length];
                foreach (var r in results)
                    for (var i = 0; i < next.Length; i++) next[i] += r.Samples / total * r.Parameters[i];
                x = next;
            }
            else
            {
                var updates = selected.Select((k, j) => (results[j].Parameters, weights[k])).ToList();
                (x, clipped) = DpFedAvg.Aggregate(x, updates, totalWeight, largestWeight, options.Fraction, privacy,
                    new Random(DerivedSeed.Of(options.Seed, -round, 1)));
            }
            global.Parameters = x;
            var accuracy = TestAccuracyProbe is null ? double.NaN : await TestAccuracyProbe(global, cancellationToken).ConfigureAwait(false);
            var record = new FederatedRound(round, selected, results.Sum(r => r.Samples * r.Loss) / total, accuracy, 2L * selected.Count * x.Length)
            {
                Epsilon = epsilons?[round - 1] ?? double.NaN,
                Clipped = clipped,
            };
            rounds.Add(record);
            OnRound?.Invoke(record);
        }
        return rounds;
    }

    private async Task<(double[] Parameters, int Samples, double Loss)> TrainClientAsync(ClientState client, double[] center, int round,
        int totalEpochs, TrainingOptions training, CancellationToken ct)
    {
        var x = (double[])center.Clone();
        var trainer = new EpochTrainer(training with { Seed = DerivedSeed.Of(options.Seed, client.Index) })
        {
            Proximal = options.Mu > 0 ? new ProximalTerm(center, options.Mu) : null,
        };
        var loss = double.NaN;
        for (var e = 1; e <= options.LocalEpochs; e++)
        {
            // Epochs are numbered across rounds, so the schedule and the shuffles continue where the client left off.
            var epoch = (round - 1) * options.LocalEpochs + e;
            loss = (await trainer.EpochAsync(client.Model, client.Data, x, client.Optimizer, epoch, totalEpochs, ct).ConfigureAwait(false)).Loss;
        }
        return (x, client.Data.Count, loss);
    }

    /// <summary>The round's clients: all when C = 1, else a seeded sample of the non-empty ones, in index order.</summary>
    private List<int> Select(int round, int count, int perRound, ClientState[] states)
    {
        var candidates = Enumerable.Range(0, count).Where(k => states[k].Data.Count > 0).ToArray();
        if (perRound >= candidates.Length) return [.. candidates];
        new Random(DerivedSeed.Of(options.Seed, -round)).Shuffle(candidates);
        return [.. candidates.Take(perRound).Order()];
    }

    private void Validate(IReadOnlyList<Dataset> clients)
    {
        if (clients.Count == 0 || clients.All(c => c.Count == 0)) throw new ArgumentException("Federated training needs at least one client with data.");
        if (options.Rounds < 1 || options.LocalEpochs < 1) throw new ArgumentException("Rounds and local epochs must be at least 1.");
        if (options.Fraction is <= 0 or > 1) throw new ArgumentException("The client fraction must be in (0, 1].");
        if (options.Mu < 0) throw new ArgumentException("FedProx's μ cannot be negative.");
        options.Privacy?.Validate();
    }

    private sealed record ClientState(int Index, Dataset Data, IParametricClassifier Model, StepOptimizer Optimizer);
}
