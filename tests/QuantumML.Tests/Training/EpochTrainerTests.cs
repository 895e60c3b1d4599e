using QuantumML.Baselines;
using QuantumML.Data;
using QuantumML.Optimization;
using QuantumML.Training;

namespace QuantumML.Tests.Training;

public sealed class EpochTrainerTests
{
    [Fact]
    public void AnOptimizerRestoredFromItsStateContinuesExactly()
    {
        static ObjectiveValue F(double[] x) => new(0, x.Select((v, i) => (i + 1) * (v - 1)).ToArray());
        var straight = new Adam(0, 0.1);
        var x = new[] { 3.0, -2.0 };
        straight.Start(2);
        for (var t = 0; t < 10; t++) straight.Step(x, F(x).Gradient!);

        var first = new Adam(0, 0.1);
        var y = new[] { 3.0, -2.0 };
        first.Start(2);
        for (var t = 0; t < 4; t++) first.Step(y, F(y).Gradient!);
        var second = new Adam(0, 0.5);
        second.Start(2);
        second.Restore(first.State);
        for (var t = 0; t < 6; t++) second.Step(y, F(y).Gradient!);
        Assert.Equal(x, y);
        Assert.Equal(10, second.StepsTaken);
        Assert.Throws<ArgumentException>(() => new RmsProp(0).Restore(first.State));
    }

    [Fact]
    public async Task EpochTrainedLogisticRegressionApproachesTheLbfgsOptimum()
    {
        var data = SyntheticData.Blobs(90, 3, 2, 1.0, new Random(11));
        var lbfgs = new LogisticRegression();
        await lbfgs.FitAsync(data);
        var adam = new LogisticRegression(new LogisticRegressionOptions
        {
            Optimizer = "adam",
            Training = new TrainingOptions { Epochs = 400, BatchSize = 90, LearningRate = 0.05 },
        });
        var report = await adam.FitAsync(data);
        var all = Enumerable.Range(0, data.Count).ToArray();
        var atLbfgs = (await adam.LossAsync(lbfgs.Parameters, data, all, false)).Loss;
        var atAdam = (await adam.LossAsync(adam.Parameters, data, all, false)).Loss;
        Assert.InRange(atAdam - atLbfgs, -1e-9, 1e-3);
        Assert.True(report.Epochs[^1].Loss < report.Epochs[0].Loss);
    }

    [Fact]
    public async Task ParametricGradientsMatchFiniteDifferences()
    {
        var data = SyntheticData.Blobs(30, 3, 3, 1.0, new Random(2));
        var models = new IParametricClassifier[]
        {
            new LogisticRegression(new LogisticRegressionOptions { L2 = 0.1 }),
            new MultilayerPerceptron(new MultilayerPerceptronOptions { HiddenLayers = [5, 4], L2 = 0.01, Seed = 1 }),
        };
        var batch = new[] { 0, 3, 5, 8, 13, 21 };
        foreach (var model in models)
        {
            var x = await model.InitializeAsync(data);
            var random = new Random(4);
            for (var i = 0; i < x.Length; i++) x[i] += 0.3 * (random.NextDouble() - 0.5);
            var analytic = (await model.LossAsync(x, data, batch, true)).Gradient!;
            for (var i = 0; i < x.Length; i++)
            {
                const double h = 1e-6;
                var plus = (double[])x.Clone();
                var minus = (double[])x.Clone();
                plus[i] += h;
                minus[i] -= h;
                var numeric = ((await model.LossAsync(plus, data, batch, false)).Loss - (await model.LossAsync(minus, data, batch, false)).Loss) / (2 * h);
                Assert.True(Math.Abs(numeric - analytic[i]) < 1e-6, $"{model.Name} parameter {i}: analytic {analytic[i]}, numeric {numeric}");
            }
        }
    }

    [Fact]
    public void TheProximalTermAddsItsValueAndGradient()
    {
        var term = new ProximalTerm([1.0, 2.0], 0.5);
        var gradient = new[] { 0.1, 0.2 };
        var loss = term.Apply([2.0, 0.0], 1.0, gradient);
        Assert.Equal(1.0 + 0.25 * (1 + 4), loss, 15);
        Assert.Equal([0.1 + 0.5, 0.2 - 1.0], gradient);
    }
}
