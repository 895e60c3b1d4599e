using QuantumML.QSharp.Values;

namespace QuantumML.QSharp.Tests;

public sealed class SeedAndNoiseTests
{
    private static readonly QSharpProject Project = QSharpProject.FromSource("""
        operation Coin() : Result { use q = Qubit(); H(q); MResetZ(q) }
        operation Fresh() : Result { use q = Qubit(); MResetZ(q) }
        operation Coins(n : Int) : Result[] { mutable r = []; for _ in 1..n { set r += [Coin()]; } r }
        """, "Sampling.qs");

    private static async Task<string[]> ShotsAsync(long seed, int shots = 200) =>
        (await SharedRuntime.Instance.RunAsync(Project, "Sampling.Coin()", new RunOptions { Shots = shots, Seed = seed }))
            .Shots.Select(s => s.Text).ToArray();

    [Fact]
    public async Task SameSeedGivesIdenticalShotLists()
    {
        var a = await ShotsAsync(42);
        var b = await ShotsAsync(42);
        Assert.Equal(a, b);
        Assert.Contains("Zero", a);
        Assert.Contains("One", a);
    }

    [Fact]
    public async Task DifferentSeedsGiveDifferentShotLists()
    {
        Assert.NotEqual(await ShotsAsync(42), await ShotsAsync(43));
        Assert.NotEqual(await ShotsAsync(1L << 40), await ShotsAsync((1L << 40) + 1));
    }

    [Fact]
    public async Task SeedIsReportedWhenChosenByTheRuntime()
    {
        var first = await SharedRuntime.Instance.RunAsync(Project, "Sampling.Coins(64)");
        var again = await SharedRuntime.Instance.RunAsync(Project, "Sampling.Coins(64)", new RunOptions { Seed = first.Seed });
        Assert.Equal(first.SingleShot.Text, again.SingleShot.Text);
    }

    [Fact]
    public async Task BitFlipNoiseOnAFreshQubitReadsOneAtItsRate()
    {
        const int shots = 2000;
        const double p = 0.1;
        var result = await SharedRuntime.Instance.RunAsync(Project, "Sampling.Fresh()",
            new RunOptions { Shots = shots, Seed = 7, Noise = PauliNoise.BitFlip(p) });

        var ones = result.Shots.Count(s => s.Value.As<QResult>() == QResult.One);
        var sigma = Math.Sqrt(shots * p * (1 - p));
        Assert.InRange(ones, shots * p - 3 * sigma, shots * p + 3 * sigma);
    }

    [Fact]
    public async Task WithoutNoiseAFreshQubitAlwaysReadsZero()
    {
        var result = await SharedRuntime.Instance.RunAsync(Project, "Sampling.Fresh()", new RunOptions { Shots = 300, Seed = 7 });
        Assert.All(result.Shots, s => Assert.Equal("Zero", s.Text));
    }

    [Theory]
    [InlineData(-0.1, 0, 0)]
    [InlineData(0.6, 0.6, 0)]
    [InlineData(double.NaN, 0, 0)]
    public void InvalidNoiseIsRejected(double px, double py, double pz) =>
        Assert.ThrowsAny<ArgumentException>(() => new PauliNoise(px, py, pz).Validate());

    [Fact]
    public void NoiseParsesFromTheCommandLineForm()
    {
        Assert.Equal(new PauliNoise(0.01, 0, 0.02), PauliNoise.Parse("0.01, 0, 0.02"));
        Assert.Throws<FormatException>(() => PauliNoise.Parse("0.1,0"));
    }
}
