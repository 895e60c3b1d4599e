using QuantumML.Data;
using QuantumML.Training;

namespace QuantumML.Tests.Training;

public sealed class EarlyStoppingTests
{
    private static Dataset Data() => SyntheticData.Blobs(40, 2, 2, 0.5, new Random(3));

    [Fact]
    public void TheRuleStopsAfterPatienceEpochsWithoutAnImprovementLargerThanMinDelta()
    {
        var rule = new EarlyStopping(new EarlyStoppingOptions(Patience: 2, MinDelta: 0.05));
        double[] losses = [1.0, 0.8, 0.78, 0.9, 0.5];
        var stops = losses[..4].Select((l, i) => rule.Observe(i + 1, l, [i])).ToArray();
        // 0.78 improves on 0.8 by less than 0.05, 0.9 is worse: two epochs without improvement stop at epoch 4.
        Assert.Equal([false, false, false, true], stops);
        Assert.Equal(2, rule.BestEpoch);
        Assert.Equal([1.0], rule.BestParameters);
        Assert.False(rule.Observe(5, losses[4], [4]));
        Assert.Equal((5, 0), (rule.BestEpoch, rule.EpochsWithoutImprovement));
    }

    [Fact]
    public async Task TrainingStopsAtTheExpectedEpochAndRestoresTheBestParameters()
    {
        // The validation loss falls until epoch 4 and then rises: patience 3 stops after epoch 7.
        double[] script = [1.0, 0.7, 0.5, 0.4, 0.45, 0.41, 0.6, 0.3, 0.2, 0.1];
        var options = new TrainingOptions
        {
            Epochs = 10, BatchSize = 100, Optimizer = "sgd", LearningRate = 1,
            EarlyStopping = new EarlyStoppingOptions(Patience: 3, ValidationFraction: 0.25),
        };
        var model = new ScriptedModel(script, options);
        var report = await model.FitAsync(Data());

        Assert.Equal(7, report.Epochs.Count);
        Assert.Equal(script[..7], report.Epochs.Select(e => e.ValidationLoss));
        Assert.NotNull(report.EarlyStopping);
        Assert.Equal(4, report.EarlyStopping.BestEpoch);
        Assert.Equal(7, report.EarlyStopping.LastEpoch);
        Assert.True(report.EarlyStopping.Stopped);
        Assert.True(report.EarlyStopping.RestoredBest);

        // Without restoring, the parameters are the last epoch's instead.
        var last = new ScriptedModel(script, options with { EarlyStopping = options.EarlyStopping! with { RestoreBest = false } });
        await last.FitAsync(Data());
        Assert.NotEqual(model.Parameters, last.Parameters);
        Assert.True(last.Parameters[0] > model.Parameters[0]);
    }

    [Fact]
    public async Task TheValidationSplitIsCarvedFromTheTrainingSetOnly()
    {
        var data = Data();
        var options = new TrainingOptions { Epochs = 2, BatchSize = 8, Optimizer = "sgd", EarlyStopping = new EarlyStoppingOptions(ValidationFraction: 0.25) };
        var model = new CountingModel(options);
        await new EpochTrainer(options).TrainAsync(model, data);
        // 40 samples: 10 held out for validation, 30 trained on, each once per epoch.
        Assert.Equal(2 * 30, model.TrainingSamples);
        Assert.Equal(2 * 10, model.ValidationSamples);
    }

    private sealed class CountingModel(TrainingOptions options) : IParametricClassifier
    {
        public int TrainingSamples { get; private set; }

        public int ValidationSamples { get; private set; }

        public string Name => "counting";

        public bool IsQuantum => false;

        public TrainingOptions Training => options;

        public double[] Parameters { get; set; } = [0];

        public ICheckpointStore? Checkpoints { get; set; }


        public Func<CancellationToken, Task<double>>? TestAccuracyProbe { get; set; }

        public Task<QuantumML.Models.FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<double[]> InitializeAsync(Dataset train, CancellationToken cancellationToken = default) => Task.FromResult(new double[] { 0 });

        public Task<BatchLoss> LossAsync(double[] parameters, Dataset data, IReadOnlyList<int> samples, bool withGradient, CancellationToken cancellationToken = default)
        {
            if (withGradient) TrainingSamples += samples.Count;
            else ValidationSamples += samples.Count;
            return Task.FromResult(new BatchLoss(0, withGradient ? [0.0] : null, 0));
        }

        public Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
