using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Settings;
using QuantumML.Training;

namespace QuantumML.Experiments.Tests.Running;

/// <summary>Early stopping, schedules and checkpoints as a spec asks for them, through the runner.</summary>
public sealed class TrainingControlRunnerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-runner-checkpoints-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static ClassificationSpec Spec(string model) => ClassificationSpecLoader.Parse($$"""
        {
          "name": "training-control",
          "dataset": { "source": "blobs", "samples": 90, "classes": 3, "features": 2, "spread": 1.2 },
          "preprocessing": { "standardize": true },
          "seeds": [4],
          "models": [ {{model}} ]
        }
        """, "training-control.json");

    private static ClassificationRunner Runner(ClassificationSpec spec, string? checkpoints = null) =>
        new(spec, new ModelFactory(TestQuantum.Runtime, TestQuantum.Project), "test", 1) { CheckpointFolder = checkpoints };

    [Fact]
    public async Task ARunResumedFromAMidTrainingCheckpointEqualsAnUninterruptedRun()
    {
        var spec = Spec("""{ "name": "mlp", "type": "mlp", "hidden": [6], "epochs": 9, "batch_size": 10, "checkpoint_every": 3, "schedule": { "kind": "exponential", "gamma": 0.9 } }""");
        var uninterrupted = (await Runner(spec).RunAsync()).Runs.Single();

        // Interrupt the same model on the same split after epoch 7; its last checkpoint is epoch 6's, in the file the runner uses.
        var folder = Path.Combine(_dir, "checkpoints");
        var (train, _) = DataPreparation.Prepare(spec, 4);
        var model = (IParametricClassifier)((NamedClassifier)new ModelFactory(TestQuantum.Runtime, TestQuantum.Project).Create(spec.Models[0], 4, train.FeatureCount)).Inner;
        var store = new JsonCheckpointStore(Path.Combine(folder, "mlp-seed4.json"));
        using var cts = new CancellationTokenSource();
        var trainer = new EpochTrainer(model.Training) { Checkpoints = store, OnEpoch = e => { if (e.Epoch == 7) cts.Cancel(); } };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => trainer.TrainAsync(model, train, cancellationToken: cts.Token));
        Assert.Equal(6, store.Load()!.Epoch);

        var resumed = (await Runner(spec, folder).RunAsync()).Runs.Single();
        Assert.Equal(uninterrupted.TestPredictions, resumed.TestPredictions);
        Assert.Equal(uninterrupted.Epochs, resumed.Epochs);
        Assert.Equal(uninterrupted.Metrics[MetricNames.LogLoss], resumed.Metrics[MetricNames.LogLoss]);
        Assert.False(File.Exists(store.Path));   // removed once the run is complete
    }

    [Fact]
    public async Task AVqcResumedFromAMidTrainingCheckpointReportsTheCostsOfAnUninterruptedRun()
    {
        var spec = Spec("""{ "name": "vqc", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "qubits": 3, "epochs": 4, "batch_size": 30, "checkpoint_every": 2 }""");
        var uninterrupted = (await Runner(spec).RunAsync()).Runs.Single();

        // The same model on the same split, stopped after epoch 3 through its own training (the checkpoint carries its
        // costs), in the checkpoint file the runner uses.
        var folder = Path.Combine(_dir, "checkpoints");
        var (train, _) = DataPreparation.Prepare(spec, 4);
        var model = (IParametricClassifier)((NamedClassifier)new ModelFactory(TestQuantum.Runtime, TestQuantum.Project).Create(spec.Models[0], 4, train.FeatureCount)).Inner;
        model.Checkpoints = new JsonCheckpointStore(Path.Combine(folder, "vqc-seed4.json"));
        using var cts = new CancellationTokenSource();
        var epochs = 0;
        model.TestAccuracyProbe = _ =>
        {
            if (++epochs == 3) cts.Cancel();
            return Task.FromResult(0.0);
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => model.FitAsync(train, cts.Token));

        var resumed = (await Runner(spec, folder).RunAsync()).Runs.Single();
        Assert.Equal(uninterrupted.TestPredictions, resumed.TestPredictions);
        Assert.True(uninterrupted.Metrics[MetricNames.CircuitEvaluations] > 0);
        foreach (var cost in new[] { MetricNames.CircuitEvaluations, MetricNames.QSharpRuns, MetricNames.Shots })
            Assert.Equal(uninterrupted.Metrics[cost], resumed.Metrics[cost]);
    }

    [Fact]
    public async Task EarlyStoppingIsReportedPerRun()
    {
        var spec = Spec("""{ "name": "lr", "type": "logistic-regression", "optimizer": "sgd", "epochs": 300, "learning_rate": 0.5, "early_stopping": { "patience": 3, "min_delta": 0.001 } }""");
        var result = await Runner(spec).RunAsync();
        var run = result.Runs.Single();
        var trained = (int)run.Metrics[MetricNames.EpochsTrained];
        Assert.True(trained < 300, $"trained all {trained} epochs");
        Assert.Equal(1, run.Metrics[MetricNames.StoppedEarly]);
        Assert.Equal(trained - 3, (int)run.Metrics[MetricNames.BestEpoch]);
        Assert.All(run.Epochs, e => Assert.False(double.IsNaN(e.ValidationLoss)));
        var report = ClassificationReport.Render(result, []);
        Assert.Contains("## Early stopping", report, StringComparison.Ordinal);
        Assert.Contains($"| lr | {trained:0.0} [{trained}, {trained}] | {trained - 3:0.0} [{trained - 3}, {trained - 3}] | 1 of 1 |", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "name": "lr", "type": "logistic-regression", "early_stopping": { "patience": 3 } }""", "$.models[0].early_stopping needs a first-order optimizer")]
    [InlineData("""{ "name": "lr", "type": "logistic-regression", "epochs": 10 }""", "$.models[0].epochs is not a known field here")]
    [InlineData("""{ "name": "m", "type": "mlp", "schedule": { "kind": "linear" } }""", "$.models[0].schedule.kind is 'linear'")]
    [InlineData("""{ "name": "m", "type": "mlp", "early_stopping": { "patience": 0 } }""", "$.models[0].early_stopping.patience is 0")]
    [InlineData("""{ "name": "m", "type": "mlp", "early_stopping": { "wait": 3 } }""", "$.models[0].early_stopping.wait is not a known field")]
    public async Task TrainingFieldErrorsNameTheirField(string model, string message)
    {
        var e = await Assert.ThrowsAsync<SpecException>(() => Runner(Spec(model)).RunAsync());
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }
}
