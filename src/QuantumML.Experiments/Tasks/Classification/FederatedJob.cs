using QuantumML.Data;
using QuantumML.Federated;
using QuantumML.Models;
using QuantumML.Training;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Trains one (model, seed) job federated: deals the training split to the clients, runs the rounds with a
/// test-accuracy probe after each, and reports rounds as epochs with the communication cost.</summary>
internal static class FederatedJob
{
    /// <summary>Trains <paramref name="global"/>; <paramref name="clientModel"/> makes client k's own model.</summary>
    public static async Task<(FitReport Report, Dictionary<string, double> Metrics)> RunAsync(IParametricClassifier global, Func<int, IParametricClassifier> clientModel,
        FederatedSpec spec, int seed, Dataset train, Dataset test, int parallelism, CancellationToken ct)
    {
        var random = new Random(Randomness.DerivedSeed.Of(seed, 7));
        var parts = spec.Split == "iid"
            ? ClientPartition.Iid(train.Count, spec.Clients, random)
            : ClientPartition.Dirichlet(train.Labels, train.ClassCount, spec.Clients, spec.Alpha, random);
        var clients = new List<IParametricClassifier>();
        IParametricClassifier NewClient(int k)
        {
            var model = clientModel(k);
            lock (clients) clients.Add(model);
            return model;
        }
        var rounds = await new FederatedTrainer(spec.Options with { Seed = seed })
        {
            Parallelism = parallelism,
            TestAccuracyProbe = (model, token) => TestAccuracyAsync(model, test, token),
        }.TrainAsync(global, ClientPartition.Apply(train, parts), NewClient, ct).ConfigureAwait(false);

        var epochs = rounds.Select(r => new EpochRecord(r.Round, r.Loss, double.NaN, TestAccuracy: r.TestAccuracy)).ToList();
        var circuits = clients.OfType<VariationalQuantumClassifier>().Sum(c => c.CircuitEvaluations);
        var runs = clients.OfType<VariationalQuantumClassifier>().Sum(c => c.QSharpRuns);
        var metrics = new Dictionary<string, double>
        {
            [FederatedMetrics.Clients] = spec.Clients,
            [FederatedMetrics.Rounds] = rounds.Count,
            [FederatedMetrics.ParametersPerRound] = rounds.Average(r => (double)r.ParametersSent),
            [FederatedMetrics.ParametersSent] = rounds.Sum(r => (double)r.ParametersSent),
            [FederatedMetrics.LabelSkew] = ClientPartition.LabelSkew(train.Labels, train.ClassCount, parts),
        };
        if (spec.Options.Privacy is { } privacy)
        {
            metrics[PrivacyMetrics.Epsilon] = rounds[^1].Epsilon;
            metrics[PrivacyMetrics.Delta] = privacy.Delta;
            metrics[PrivacyMetrics.NoiseMultiplier] = privacy.NoiseMultiplier;
            metrics[PrivacyMetrics.ClipNorm] = privacy.ClipNorm;
            metrics[PrivacyMetrics.SamplingRate] = spec.Options.Fraction;
            metrics[PrivacyMetrics.ClientUpdates] = rounds.Sum(r => r.Clients.Count);
            metrics[PrivacyMetrics.ClippedUpdates] = rounds.Sum(r => r.Clipped);
        }
        return (new FitReport(epochs, circuits, runs), metrics);
    }

    /// <summary>The model's accuracy on <paramref name="test"/> with its current parameters.</summary>
    public static async Task<double> TestAccuracyAsync(IClassifier model, Dataset test, CancellationToken ct) =>
        Metrics.ClassificationMetrics.Accuracy(test.Labels, await model.PredictAsync(test.Features, ct).ConfigureAwait(false));

    /// <summary>The first epoch or round whose test accuracy reached <paramref name="target"/>, or NaN.</summary>
    public static double FirstReaching(IReadOnlyList<EpochRecord> epochs, double target) =>
        epochs.FirstOrDefault(e => e.TestAccuracy >= target)?.Epoch ?? double.NaN;
}
