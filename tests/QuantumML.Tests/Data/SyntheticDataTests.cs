using QuantumML.Data;

namespace QuantumML.Tests.Data;

public sealed class SyntheticDataTests
{
    public static TheoryData<string> Generators => new() { "moons", "circles", "xor", "parity", "blobs", "adhoc" };

    private static Dataset Make(string name, int seed) => name switch
    {
        "moons" => SyntheticData.Moons(101, 0.1, new Random(seed)),
        "circles" => SyntheticData.Circles(101, 0.05, 0.5, new Random(seed)),
        "xor" => SyntheticData.Xor(101, 0.05, new Random(seed)),
        "parity" => SyntheticData.Parity(101, 4, new Random(seed)),
        "blobs" => SyntheticData.Blobs(101, 3, 5, 1.0, new Random(seed)),
        "adhoc" => SyntheticData.AdHoc(20, 0.3, new Random(seed)),
        _ => throw new ArgumentException(name),
    };

    [Theory, MemberData(nameof(Generators))]
    public void TheSameSeedGivesTheSameDataAndAnotherSeedDoesNot(string name)
    {
        var a = Make(name, 5);
        var b = Make(name, 5);
        var c = Make(name, 6);
        Assert.Equal(a.Labels, b.Labels);
        Assert.Equal(a.Features.SelectMany(r => r), b.Features.SelectMany(r => r));
        Assert.NotEqual(a.Features.SelectMany(r => r), c.Features.SelectMany(r => r));
    }

    [Theory, MemberData(nameof(Generators))]
    public void ShapesAndBalanceAreAsDocumented(string name)
    {
        var d = Make(name, 1);
        var (count, features, classes) = name switch
        {
            "parity" => (101, 4, 2),
            "blobs" => (101, 5, 3),
            "adhoc" => (40, 2, 2),
            _ => (101, 2, 2),
        };
        Assert.Equal(count, d.Count);
        Assert.Equal(features, d.FeatureCount);
        Assert.Equal(classes, d.ClassCount);
        Assert.All(d.Features, row => Assert.Equal(features, row.Length));
        var perClass = Enumerable.Range(0, classes).Select(c => d.Labels.Count(l => l == c)).ToArray();
        Assert.True(perClass.Max() - perClass.Min() <= 1, $"class counts {string.Join(",", perClass)}");
        // Samples are shuffled, not grouped by class.
        Assert.NotEqual(d.Labels.Order(), d.Labels);
    }

    [Fact]
    public void MoonsWithoutNoiseLieOnTheirHalfCircles()
    {
        var d = SyntheticData.Moons(50, 0, new Random(3));
        for (var i = 0; i < d.Count; i++)
        {
            var (x, y) = (d.Features[i][0], d.Features[i][1]);
            var (cx, cy) = d.Labels[i] == 0 ? (0.0, 0.0) : (1.0, 0.5);
            Assert.Equal(1.0, Math.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy)), 10);
            Assert.True(d.Labels[i] == 0 ? y >= -1e-12 : y <= 0.5 + 1e-12);
        }
    }

    [Fact]
    public void CirclesWithoutNoiseHaveRadiusOneAndFactor()
    {
        var d = SyntheticData.Circles(40, 0, 0.3, new Random(3));
        for (var i = 0; i < d.Count; i++)
            Assert.Equal(d.Labels[i] == 0 ? 1.0 : 0.3, Math.Sqrt(d.Features[i][0] * d.Features[i][0] + d.Features[i][1] * d.Features[i][1]), 10);
    }

    [Fact]
    public void XorWithoutNoiseIsLabelledBySignProduct()
    {
        var d = SyntheticData.Xor(200, 0, new Random(2));
        for (var i = 0; i < d.Count; i++)
            Assert.Equal(Math.Sign(d.Features[i][0]) * Math.Sign(d.Features[i][1]) > 0 ? 1 : 0, d.Labels[i]);
    }

    [Fact]
    public void ParityLabelsAreTheParityOfTheBits()
    {
        var d = SyntheticData.Parity(64, 5, new Random(4));
        for (var i = 0; i < d.Count; i++)
        {
            Assert.All(d.Features[i], b => Assert.True(b is 0 or 1));
            Assert.Equal((int)d.Features[i].Sum() % 2, d.Labels[i]);
        }
    }
}
