using QuantumML.Baselines;
using QuantumML.Data;

namespace QuantumML.Tests.Baselines;

public sealed class KNearestNeighborsTests
{
    [Fact]
    public async Task OneNeighbourReproducesTheTrainingLabels()
    {
        var data = SyntheticData.Moons(100, 0.3, new Random(2));
        var model = new KNearestNeighbors(new KNearestNeighborsOptions { K = 1 });
        await model.FitAsync(data);
        Assert.Equal(1.0, await BaselineFixtures.AccuracyAsync(model, data));
    }

    [Fact]
    public async Task ProbabilitiesAreClassFractionsAmongTheNeighbours()
    {
        var data = new Dataset("line", [[0.0], [1.0], [2.0], [10.0], [11.0]], [0, 0, 1, 1, 2], ["a", "b", "c"], ["x"]);
        var model = new KNearestNeighbors(new KNearestNeighborsOptions { K = 3 });
        await model.FitAsync(data);
        var p = await model.PredictProbabilitiesAsync([[0.4], [10.6]]);
        Assert.Equal(2 / 3.0, p[0][0], 12);
        Assert.Equal(1 / 3.0, p[0][1], 12);
        Assert.Equal(0, p[0][2]);
        Assert.Equal([0, 2 / 3.0, 1 / 3.0], p[1], (a, b) => Math.Abs(a - b) < 1e-12);
    }
}
