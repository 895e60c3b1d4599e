using QuantumML.Preprocessing;

namespace QuantumML.Tests.Preprocessing;

public sealed class MinMaxScalerTests
{
    [Fact]
    public void MapsTheTrainingRangeOntoTheTarget()
    {
        var scaler = new MinMaxScaler(0, Math.PI);
        var t = scaler.FitTransform([[2, -1, 7], [4, 1, 7], [3, 0, 7]]);
        Assert.Equal([0, 0, 0], t[0]);
        Assert.Equal([Math.PI, Math.PI, 0], t[1]);
        Assert.Equal(Math.PI / 2, t[2][0], 12);
        Assert.Equal(Math.PI / 2, t[2][1], 12);
    }

    [Fact]
    public void ClipsOnlyWhenAsked()
    {
        double[][] train = [[0.0], [10.0]];
        double[][] test = [[-5.0], [20.0]];
        var free = new MinMaxScaler(-1, 1);
        free.Fit(train);
        Assert.Equal([-2.0, 3.0], free.Transform(test).Select(r => r[0]));
        var clipped = new MinMaxScaler(-1, 1, clip: true);
        clipped.Fit(train);
        Assert.Equal([-1.0, 1.0], clipped.Transform(test).Select(r => r[0]));
    }

    [Fact]
    public void RejectsAnEmptyTargetRange() => Assert.Throws<ArgumentException>(() => new MinMaxScaler(1, 1));
}
