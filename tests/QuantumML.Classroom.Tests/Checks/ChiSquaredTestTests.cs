using MathNet.Numerics;
using QuantumML.Classroom.Checks;

namespace QuantumML.Classroom.Tests.Checks;

public sealed class ChiSquaredTestTests
{
    [Theory]
    [InlineData(184, 216, 1308, 692)]
    [InlineData(250, 250, 1000, 1000)]
    [InlineData(30, 70, 45, 55)]
    public void ATwoByTwoTableMatchesTheClosedForm(int a, int b, int c, int d)
    {
        var test = ChiSquaredTest.Homogeneity(
            new Dictionary<string, int> { ["Zero"] = a, ["One"] = b },
            new Dictionary<string, int> { ["Zero"] = c, ["One"] = d });

        // χ² = N(ad − bc)² / ((a+b)(c+d)(a+c)(b+d)), and with one degree of freedom p = erfc(√(χ²/2)).
        double n = a + b + c + d;
        var expected = n * Math.Pow((double)a * d - (double)b * c, 2) / ((double)(a + b) * (c + d) * (a + c) * (b + d));
        Assert.Equal(expected, test.Statistic, 9);
        Assert.Equal(1, test.Freedom);
        Assert.Equal(SpecialFunctions.Erfc(Math.Sqrt(expected / 2)), test.PValue, 9);
    }

    [Fact]
    public void SamplesOfOneDistributionPassAndOfAnotherFail()
    {
        var reference = new Dictionary<string, int> { ["00"] = 500, ["01"] = 250, ["11"] = 250 };

        Assert.True(ChiSquaredTest.Homogeneity(new Dictionary<string, int> { ["00"] = 248, ["01"] = 130, ["11"] = 122 }, reference).PValue > 0.1);
        Assert.True(ChiSquaredTest.Homogeneity(new Dictionary<string, int> { ["00"] = 170, ["01"] = 165, ["11"] = 165 }, reference).PValue < 1e-6);
    }

    [Fact]
    public void RareOutcomesArePooledAndOneOutcomeAloneCannotDiffer()
    {
        // "10" and "11" are expected under five times in the smaller sample (3.0 and 2.5 of 100): pooled into one
        // category (5.5), leaving three, so two degrees of freedom.
        var pooled = ChiSquaredTest.Homogeneity(
            new Dictionary<string, int> { ["00"] = 50, ["01"] = 45, ["10"] = 3, ["11"] = 2 },
            new Dictionary<string, int> { ["00"] = 500, ["01"] = 440, ["10"] = 30, ["11"] = 25 });
        Assert.Equal(2, pooled.Freedom);

        // Pooled and still rare (2.2 of 100), they join the smallest category kept: two left, one degree of freedom.
        var joined = ChiSquaredTest.Homogeneity(
            new Dictionary<string, int> { ["00"] = 60, ["01"] = 36, ["10"] = 3, ["11"] = 1 },
            new Dictionary<string, int> { ["00"] = 600, ["01"] = 380, ["10"] = 12, ["11"] = 8 });
        Assert.Equal(1, joined.Freedom);

        var same = ChiSquaredTest.Homogeneity(new Dictionary<string, int> { ["Zero"] = 300 }, new Dictionary<string, int> { ["Zero"] = 2000 });
        Assert.Equal((0, 1.0), (same.Freedom, same.PValue));
    }
}
