using QuantumML.Preprocessing;

namespace QuantumML.Tests.Preprocessing;

public sealed class StandardizerTests
{
    [Fact]
    public void TrainingColumnsGetMeanZeroAndStdOne()
    {
        var x = RepositoryData.Load("wine.csv").Features;
        var z = new Standardizer().FitTransform(x);
        for (var j = 0; j < x[0].Length; j++)
        {
            var mean = z.Average(r => r[j]);
            var variance = z.Average(r => (r[j] - mean) * (r[j] - mean));
            Assert.Equal(0, mean, 10);
            Assert.Equal(1, variance, 10);
        }
    }

    [Fact]
    public void UsesTrainingStatisticsOnOtherRowsAndHandlesConstantColumns()
    {
        var s = new Standardizer();
        s.Fit([[1, 5], [3, 5]]);
        Assert.Equal([2.0, 5.0], s.Mean);
        Assert.Equal([1.0, 1.0], s.Scale);
        var t = s.Transform([[4, 7]]);
        Assert.Equal([2.0, 2.0], t[0]);
    }

    [Fact]
    public void RejectsTransformBeforeFitAndWrongWidth()
    {
        var s = new Standardizer();
        Assert.Throws<InvalidOperationException>(() => s.Transform([[1.0]]));
        s.Fit([[1, 2], [3, 4]]);
        Assert.Throws<ArgumentException>(() => s.Transform([[1.0]]));
    }
}
