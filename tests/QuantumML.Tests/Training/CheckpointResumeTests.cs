using QuantumML.Baselines;
using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Quantum;
using QuantumML.Training;

namespace QuantumML.Tests.Training;

public sealed class CheckpointResumeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-checkpoints-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Dataset Blobs() => SyntheticData.Blobs(60, 3, 2, 0.8, new Random(7));

    /// <summary>Trains until the epoch <paramref name="interruptAfter"/> ends, then cancels, as a killed job would stop.</summary>
    private static async Task InterruptAsync(IParametricClassifier model, ICheckpointStore store, Dataset data, int interruptAfter)
    {
        using var cts = new CancellationTokenSource();
        var trainer = new EpochTrainer(model.Training)
        {
            Checkpoints = store,
            OnEpoch = e => { if (e.Epoch == interruptAfter) cts.Cancel(); },
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => trainer.TrainAsync(model, data, cancellationToken: cts.Token));
    }

    [Theory]
    [InlineData("adam")]
    [InlineData("sgd")]
    [InlineData("rmsprop")]
    public async Task APerceptronResumedMidTrainingEndsWithTheUninterruptedParameters(string optimizer)
    {
        MultilayerPerceptron Model() => new(new MultilayerPerceptronOptions
        {
            HiddenLayers = [8], Epochs = 12, BatchSize = 16, Optimizer = optimizer, LearningRate = 0.02, Seed = 5,
            CheckpointEvery = 4, Schedule = new CosineSchedule(0.001),
        });
        var data = Blobs();
        var uninterrupted = Model();
        var full = await uninterrupted.FitAsync(data);

        var store = new JsonCheckpointStore(Path.Combine(_dir, $"mlp-{optimizer}.json"));
        await InterruptAsync(Model(), store, data, interruptAfter: 10);
        Assert.Equal(8, store.Load()!.Epoch);   // the last checkpoint before the interruption

        var resumed = Model();
        resumed.Checkpoints = store;
        var report = await resumed.FitAsync(data);
        Assert.Equal(8, report.ResumedAfterEpoch);
        Assert.Equal(uninterrupted.Parameters, resumed.Parameters);   // bit for bit
        Assert.Equal(full.Epochs, report.Epochs);
    }

    [Fact]
    public async Task AResumedVqcEndsWithTheUninterruptedParametersInExactMode()
    {
        VariationalQuantumClassifier Model() => new(TestRuntime.Runtime, TestRuntime.Project, new VqcOptions
        {
            Circuit = new CircuitSpec("Encodings.ApplyAngleEncoding", "Ansatzes.ApplyHardwareEfficientAnsatz", 2),
            Epochs = 4, BatchSize = 6, LearningRate = 0.1, Seed = 3, CheckpointEvery = 2,
            EarlyStopping = new EarlyStoppingOptions(Patience: 10, ValidationFraction: 0.25),
        });
        var data = SyntheticData.Moons(16, 0.1, new Random(2));
        var uninterrupted = Model();
        await uninterrupted.FitAsync(data);

        var store = new JsonCheckpointStore(Path.Combine(_dir, "vqc.json"));
        await InterruptAsync(Model(), store, data, interruptAfter: 3);
        var resumed = Model();
        resumed.Checkpoints = store;
        var report = await resumed.FitAsync(data);
        Assert.Equal(2, report.ResumedAfterEpoch);
        Assert.Equal(uninterrupted.Parameters, resumed.Parameters);
        var probe = data.Features[..5];
        Assert.Equal(await uninterrupted.PredictProbabilitiesAsync(probe), await resumed.PredictProbabilitiesAsync(probe));
    }

    [Fact]
    public async Task AResumedVqcReportsTheCostOfAnUninterruptedTraining()
    {
        VariationalQuantumClassifier Model() => new(TestRuntime.Runtime, TestRuntime.Project, new VqcOptions
        {
            Circuit = new CircuitSpec("Encodings.ApplyAngleEncoding", "Ansatzes.ApplyHardwareEfficientAnsatz", 2),
            Epochs = 4, BatchSize = 6, LearningRate = 0.1, Seed = 3, CheckpointEvery = 2,
        });
        var data = SyntheticData.Moons(16, 0.1, new Random(2));
        var full = await Model().FitAsync(data);

        // Stop the model's own training after epoch 3 (its last checkpoint is epoch 2's), as a killed run would stop.
        var store = new JsonCheckpointStore(Path.Combine(_dir, "vqc-cost.json"));
        var interrupted = Model();
        interrupted.Checkpoints = store;
        using var cts = new CancellationTokenSource();
        var epochs = 0;
        interrupted.TestAccuracyProbe = _ =>
        {
            if (++epochs == 3) cts.Cancel();
            return Task.FromResult(0.0);
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => interrupted.FitAsync(data, cts.Token));
        var checkpoint = store.Load()!;
        Assert.Equal(2, checkpoint.Epoch);
        Assert.True(checkpoint.Cost is { CircuitEvaluations: > 0, QSharpRuns: > 0 }, $"cost {checkpoint.Cost}");

        var resumed = Model();
        resumed.Checkpoints = store;
        var report = await resumed.FitAsync(data);
        Assert.Equal(2, report.ResumedAfterEpoch);
        Assert.True(full.CircuitEvaluations > checkpoint.Cost!.CircuitEvaluations);
        Assert.Equal((full.CircuitEvaluations, full.QSharpRuns), (report.CircuitEvaluations, report.QSharpRuns));
    }

    [Fact]
    public async Task ACheckpointOfAnotherModelIsRefused()
    {
        var store = new JsonCheckpointStore(Path.Combine(_dir, "other.json"));
        var options = new MultilayerPerceptronOptions { HiddenLayers = [4], Epochs = 2, CheckpointEvery = 1 };
        await new MultilayerPerceptron(options) { Checkpoints = store }.FitAsync(Blobs());
        var logreg = new LogisticRegression(new LogisticRegressionOptions { Optimizer = "adam" }) { Checkpoints = store };
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => logreg.FitAsync(Blobs()));
        Assert.Contains("'mlp'", e.Message);
    }

    [Fact]
    public void ATruncatedCheckpointNamesItsFile()
    {
        var path = Path.Combine(_dir, "broken.json");
        File.WriteAllText(path, "{\"model\": \"mlp\", \"epoch\": 3, \"parameters\": [0.1,");
        var e = Assert.Throws<InvalidDataException>(() => new JsonCheckpointStore(path).Load());
        Assert.Contains(path, e.Message);
    }
}
