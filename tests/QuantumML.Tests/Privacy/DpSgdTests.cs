using QuantumML.Baselines;
using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Privacy;
using QuantumML.Quantum;
using QuantumML.Tests.Federated;
using QuantumML.Training;

namespace QuantumML.Tests.Privacy;

public sealed class DpSgdTests
{
    private static LogisticRegression Logreg(int epochs = 1, int batch = 10, string optimizer = "sgd", double lr = 1, double l2 = 0) =>
        new(new LogisticRegressionOptions { Optimizer = optimizer, L2 = l2, Training = new TrainingOptions { Epochs = epochs, BatchSize = batch, LearningRate = lr, Seed = 3 } });

    private static VariationalQuantumClassifier Vqc(int epochs = 1, int batch = 8) => new(TestRuntime.Runtime, TestRuntime.Project, new VqcOptions
    {
        Circuit = new CircuitSpec("Encodings.ApplyAngleEncoding", "Ansatzes.ApplyHardwareEfficientAnsatz", 2),
        Epochs = epochs, BatchSize = batch, LearningRate = 0.1, Seed = 1,
    });

    private static async Task AssertMeanIsTheBatchGradientAsync(IParametricClassifier model, Dataset data, int[] batch)
    {
        var x = await model.InitializeAsync(data);
        for (var i = 0; i < x.Length; i++) x[i] += 0.1 * Math.Sin(i + 1);   // away from the symmetric start
        var whole = await model.LossAsync(x, data, batch, withGradient: true);
        var each = await PerExampleLoss.OfAsync(model, x, data, batch);
        Assert.Equal(batch.Length, each.Gradients.Length);
        Assert.Equal(whole.Loss, each.Losses.Average(), 1e-12);
        Assert.Equal(whole.Correct, each.Correct);
        for (var j = 0; j < x.Length; j++) Assert.Equal(whole.Gradient![j], each.Gradients.Average(g => g[j]), 1e-12);
    }

    [Fact]
    public async Task PerExampleGradientsAverageToTheBatchGradient()
    {
        var blobs = SyntheticData.Blobs(30, 3, 3, 1.0, new Random(2));
        var batch = new[] { 0, 3, 5, 8, 13, 21 };
        await AssertMeanIsTheBatchGradientAsync(Logreg(l2: 0.1), blobs, batch);                 // closed form
        await AssertMeanIsTheBatchGradientAsync(new MultilayerPerceptron(new MultilayerPerceptronOptions { HiddenLayers = [4], L2 = 0.01, Seed = 1 }), blobs, batch);   // one call per example
        await AssertMeanIsTheBatchGradientAsync(Vqc(), SyntheticData.Moons(12, 0.1, new Random(3)), [0, 2, 4, 7, 11]);   // the VQC's Jacobian rows
    }

    [Fact]
    public async Task ClippingBoundsOneExamplesInfluenceOnAStep()
    {
        // One full-batch SGD step from zero without noise: x₁ = −Σ clip(g_i)/N. Replacing one example by a hostile one
        // (features a million times larger, reversed) moves x₁ by at most 2C/N.
        var data = SyntheticData.Blobs(20, 2, 2, 1.0, new Random(5));
        var hostile = data with { Features = data.Features.Select((row, i) => i == 0 ? row.Select(v => v * -1e6).ToArray() : row).ToArray() };
        const double clip = 0.5;
        var dp = new DpSgdOptions { ClipNorm = clip, NoiseMultiplier = 0 };
        var honestModel = Logreg(batch: 20);
        await new DpSgdTrainer(dp).TrainAsync(honestModel, data);
        var hostileModel = Logreg(batch: 20);
        await new DpSgdTrainer(dp).TrainAsync(hostileModel, hostile);

        var zero = new double[honestModel.Parameters.Length];
        var each = await Logreg(batch: 20).PerExampleLossAsync(zero, data, Enumerable.Range(0, 20).ToArray());
        var expected = Enumerable.Range(0, zero.Length).Select(j => -each.Gradients.Sum(g => L2Clipping.Factor(g, clip) * g[j]) / 20).ToArray();
        Assert.All(expected.Zip(honestModel.Parameters), p => Assert.Equal(p.First, p.Second, 1e-12));
        var moved = Math.Sqrt(honestModel.Parameters.Zip(hostileModel.Parameters, (a, b) => (a - b) * (a - b)).Sum());
        Assert.True(moved <= 2 * clip / 20 + 1e-12, $"moved {moved}");
        Assert.True(moved > clip / 20, $"moved {moved}: the hostile example does count, within its bound");
    }

    [Fact]
    public async Task TheNoiseIsSeededAndHasScaleZCOverTheExpectedBatch()
    {
        // A model with a zero gradient: one full-batch SGD step leaves only −noise/N, σ = z·C/N per coordinate.
        var data = SyntheticData.Blobs(8, 2, 2, 1.0, new Random(1));
        var options = new DpSgdOptions { ClipNorm = 2, NoiseMultiplier = 1.5 };
        async Task<double[]> Step(int seed)
        {
            var model = new SeededIdle(4000, seed);
            await new DpSgdTrainer(options).TrainAsync(model, data);
            return model.Parameters;
        }
        var first = await Step(1);
        Assert.Equal(first, await Step(1));
        Assert.NotEqual(first, await Step(2));
        var std = Math.Sqrt(first.Average(v => v * v));
        Assert.InRange(std, 1.5 * 2 / 8 * 0.95, 1.5 * 2 / 8 * 1.05);
    }

    [Fact]
    public void BatchesArePoissonSamplesOfTheExpectedSize()
    {
        var sizes = Enumerable.Range(0, 300).Select(s => DpSgdTrainer.PoissonBatch(7, 1, s, 200, 0.1).Count).ToArray();
        Assert.InRange(sizes.Average(), 19, 21);
        Assert.True(sizes.Distinct().Count() > 5);
        Assert.Equal(DpSgdTrainer.PoissonBatch(7, 2, 3, 200, 0.1), DpSgdTrainer.PoissonBatch(7, 2, 3, 200, 0.1));
    }

    [Fact]
    public void TheGuaranteeIsTheAccountantsForTheSchedule()
    {
        var training = new TrainingOptions { Epochs = 30, BatchSize = 16 };
        Assert.Equal((0.08, 30L * 13, 13), DpSgdTrainer.Schedule(training, 200));   // 200/16 = 12.5 rounds to 13
        var options = new DpSgdOptions { ClipNorm = 1, NoiseMultiplier = 1.1, Delta = 1e-3 };
        var guarantee = DpSgdTrainer.Guarantee(options, training, 200);
        Assert.Equal(PrivacyUnit.Example, guarantee.Unit);
        Assert.Equal(RdpAccountant.EpsilonOf(0.08, 1.1, 390, 1e-3).Epsilon, guarantee.Epsilon);
        Assert.True(DpSgdTrainer.Guarantee(options with { NoiseMultiplier = 2 }, training, 200).Epsilon < guarantee.Epsilon);
        Assert.False(DpSgdTrainer.Guarantee(options with { NoiseMultiplier = 0 }, training, 200).IsPrivate);
        Assert.Contains("example-level", guarantee.Statement, StringComparison.Ordinal);
        Assert.Contains("preprocessing", guarantee.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DpSgdTrainsLogisticRegressionAndTheVqc()
    {
        var moons = SyntheticData.Moons(80, 0.1, new Random(4));
        var logreg = Logreg(epochs: 15, batch: 10, optimizer: "adam", lr: 0.1);
        var result = await new DpSgdTrainer(new DpSgdOptions { ClipNorm = 1, NoiseMultiplier = 0.7, Delta = 1e-3 }).TrainAsync(logreg, moons);
        var accuracy = QuantumML.Metrics.ClassificationMetrics.Accuracy(moons.Labels, await logreg.PredictAsync(moons.Features));
        Assert.True(accuracy > 0.75, $"accuracy {accuracy}");
        Assert.Equal(15, result.Report.Epochs.Count);
        Assert.True(result.Guarantee.IsPrivate);

        var vqc = Vqc(epochs: 2, batch: 8);
        var vqcResult = await new DpSgdTrainer(new DpSgdOptions { ClipNorm = 1, NoiseMultiplier = 1, Delta = 1e-3 })
        {
            Cost = () => new TrainingCost(vqc.CircuitEvaluations, vqc.QSharpRuns),
        }.TrainAsync(vqc, SyntheticData.Moons(24, 0.1, new Random(5)));
        Assert.All(vqc.Parameters, p => Assert.True(double.IsFinite(p)));
        Assert.True(vqcResult.Report.CircuitEvaluations > 0);
        Assert.True(vqcResult.Guarantee.IsPrivate);
    }

    [Fact]
    public async Task EarlyStoppingAndBadSettingsAreRefused()
    {
        var data = SyntheticData.Blobs(20, 2, 2, 1.0, new Random(5));
        var stopping = new LogisticRegression(new LogisticRegressionOptions
        {
            Optimizer = "adam", Training = new TrainingOptions { EarlyStopping = new EarlyStoppingOptions() },
        });
        Assert.Contains("early stopping", (await Assert.ThrowsAsync<ArgumentException>(() => new DpSgdTrainer(new DpSgdOptions()).TrainAsync(stopping, data))).Message, StringComparison.Ordinal);
        Assert.Contains("clipping norm", (await Assert.ThrowsAsync<ArgumentException>(() => new DpSgdTrainer(new DpSgdOptions { ClipNorm = double.PositiveInfinity }).TrainAsync(Logreg(), data))).Message, StringComparison.Ordinal);
    }

    /// <summary>A fixed zero gradient, its optimizer SGD with step 1 and one full batch per epoch.</summary>
    private sealed class SeededIdle(int parameters, int seed) : IParametricClassifier
    {
        private readonly FixedGradientModel _inner = new(new double[parameters]);

        public string Name => "idle";

        public bool IsQuantum => false;

        public TrainingOptions Training => new() { Epochs = 1, BatchSize = 1000, Optimizer = "sgd", LearningRate = 1, Seed = seed };

        public double[] Parameters { get => _inner.Parameters; set => _inner.Parameters = value; }

        public ICheckpointStore? Checkpoints { get; set; }

        public Func<CancellationToken, Task<double>>? TestAccuracyProbe { get; set; }

        public Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default) => _inner.FitAsync(train, cancellationToken);

        public Task<double[]> InitializeAsync(Dataset train, CancellationToken cancellationToken = default) => _inner.InitializeAsync(train, cancellationToken);

        public Task<BatchLoss> LossAsync(double[] parameters, Dataset data, IReadOnlyList<int> samples, bool withGradient, CancellationToken cancellationToken = default) =>
            _inner.LossAsync(parameters, data, samples, withGradient, cancellationToken);

        public Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default) => _inner.PredictProbabilitiesAsync(features, cancellationToken);
    }
}
