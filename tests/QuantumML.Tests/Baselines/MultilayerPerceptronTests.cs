using QuantumML.Baselines;
using QuantumML.Data;

namespace QuantumML.Tests.Baselines;

public sealed class MultilayerPerceptronTests
{
    [Fact]
    public async Task FitsMoonsAndRecordsEveryEpoch()
    {
        var data = SyntheticData.Moons(200, 0.1, new Random(1));
        var model = new MultilayerPerceptron(new MultilayerPerceptronOptions { Epochs = 150, Seed = 3 });
        var report = await model.FitAsync(data);
        Assert.Equal(150, report.Epochs.Count);
        Assert.Equal(Enumerable.Range(1, 150), report.Epochs.Select(e => e.Epoch));
        Assert.True(report.Epochs[^1].Loss < report.Epochs[0].Loss);
        Assert.True(await BaselineFixtures.AccuracyAsync(model, data) > 0.95);
        Assert.Equal(report.Epochs[^1].TrainAccuracy, await BaselineFixtures.AccuracyAsync(model, data), 12);
        BaselineFixtures.AssertProbabilityRows(await model.PredictProbabilitiesAsync(data.Features), 2);
    }

    [Fact]
    public async Task TwoReluLayersFitBlobs()
    {
        var data = SyntheticData.Blobs(150, 3, 4, 1.0, new Random(2));
        var model = new MultilayerPerceptron(new MultilayerPerceptronOptions { HiddenLayers = [16, 8], Activation = Activation.Relu, Epochs = 50 });
        await model.FitAsync(data);
        Assert.True(await BaselineFixtures.AccuracyAsync(model, data) > 0.95);
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameModel()
    {
        var data = SyntheticData.Moons(60, 0.2, new Random(1));
        var options = new MultilayerPerceptronOptions { Epochs = 5, Seed = 9 };
        var a = new MultilayerPerceptron(options);
        var b = new MultilayerPerceptron(options);
        var c = new MultilayerPerceptron(options with { Seed = 10 });
        await a.FitAsync(data);
        await b.FitAsync(data);
        await c.FitAsync(data);
        var pa = await a.PredictProbabilitiesAsync(data.Features);
        Assert.Equal(pa, await b.PredictProbabilitiesAsync(data.Features));
        Assert.NotEqual(pa, await c.PredictProbabilitiesAsync(data.Features));
    }
}
