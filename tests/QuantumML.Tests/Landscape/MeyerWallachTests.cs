using QuantumML.Landscape;
using Complex = System.Numerics.Complex;

namespace QuantumML.Tests.Landscape;

/// <summary>Meyer-Wallach Q against its known values: product states, GHZ states and the Haar average.</summary>
public sealed class MeyerWallachTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(6)]
    public void AllZeroStateAndRandomProductStatesHaveNoEntanglement(int n)
    {
        var zero = new Complex[1 << n];
        zero[0] = 1;
        Assert.Equal(0, MeyerWallach.Of(zero), 14);
        // A product of Haar-random single-qubit states, built as a Kronecker product.
        var random = new Random(n);
        Complex[] product = [1];
        for (var q = 0; q < n; q++)
        {
            var single = HaarStates.Draw(1, random);
            product = [.. product.SelectMany(a => single.Select(b => a * b))];
        }
        Assert.Equal(0, MeyerWallach.Of(product), 12);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void GhzStatesAreMaximallyEntangled(int n)
    {
        var ghz = new Complex[1 << n];
        ghz[0] = ghz[^1] = 1 / Math.Sqrt(2);
        Assert.Equal(1, MeyerWallach.Of(ghz), 14);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void HaarRandomStatesAverageTheirClosedForm(int n)
    {
        // E[Q] = (2ⁿ − 2)/(2ⁿ + 1) over Haar-random states (Brennen 2003); the sample mean within five standard errors.
        var random = new Random(100 + n);
        var q = Enumerable.Range(0, 3000).Select(_ => MeyerWallach.Of(HaarStates.Draw(n, random))).ToArray();
        var mean = q.Average();
        var se = Math.Sqrt(q.Sum(v => (v - mean) * (v - mean)) / (q.Length - 1) / q.Length);
        var expected = (Math.Pow(2, n) - 2) / (Math.Pow(2, n) + 1);
        Assert.InRange(mean, expected - 5 * se, expected + 5 * se);
        Assert.True(se < 0.01);
    }

    [Fact]
    public void ARegisterThatIsNotAPowerOfTwoIsRefused() =>
        Assert.Throws<ArgumentException>(() => MeyerWallach.Of(new Complex[6]));
}
