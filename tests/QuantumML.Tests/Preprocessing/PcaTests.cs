using MathNet.Numerics.Distributions;
using QuantumML.Preprocessing;

namespace QuantumML.Tests.Preprocessing;

public sealed class PcaTests
{
    [Fact]
    public void RecoversAKnownPrincipalDirection()
    {
        // Data stretched along (1, 2, 2)/3 with small isotropic noise, offset from the origin.
        var rng = new Random(3);
        double[] direction = [1 / 3.0, 2 / 3.0, 2 / 3.0];
        var x = Enumerable.Range(0, 400).Select(_ =>
        {
            var t = Normal.Sample(rng, 0, 5);
            return direction.Select((u, j) => 10 + j + t * u + Normal.Sample(rng, 0, 0.1)).ToArray();
        }).ToArray();
        var pca = new Pca(2);
        pca.Fit(x);
        var first = pca.Directions[0];
        for (var j = 0; j < 3; j++) Assert.Equal(direction[j], first[j], 2);
        Assert.True(pca.ExplainedVarianceRatio[0] > 0.99);
        Assert.InRange(pca.ExplainedVariance[0], 21, 29);   // variance 5² along the line, up to sampling error
        Assert.Equal(0, first.Zip(pca.Directions[1]).Sum(p => p.First * p.Second), 10);
    }

    [Fact]
    public void ProjectionsAreCentredScoresAlongTheDirections()
    {
        double[][] x = [[2, 0], [0, 0], [1, 0.5], [1, -0.5]];
        var pca = new Pca(2);
        var scores = pca.FitTransform(x);
        Assert.Equal([1.0, 0.0], pca.Directions[0].Select(v => Math.Round(v, 12)));
        Assert.Equal(1, scores[0][0], 12);
        Assert.Equal(-1, scores[1][0], 12);
        Assert.Equal(0.5, Math.Abs(scores[2][1]), 12);
        Assert.Equal(0.8, pca.ExplainedVarianceRatio[0], 12);   // 2 / (2 + 0.5)
        Assert.Equal(2 / 3.0, pca.ExplainedVariance[0], 12);
    }
}
