using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Tests.Combinatorial;

public sealed class TimeToSolutionTests
{
    [Fact]
    public void FollowsTheFormula()
    {
        var tts = new TimeToSolution(0.5, 100, 50);
        Assert.Equal(0.5, tts.SuccessProbability);
        Assert.Equal(0.5 * Math.Log(0.01) / Math.Log(0.5), tts.Seconds!.Value, 12);
        Assert.Equal("3.322 s", tts.ToString());
        Assert.Equal(0.5 * Math.Log(0.1) / Math.Log(0.9), new TimeToSolution(0.5, 10, 1, 0.9).Seconds!.Value, 12);
    }

    [Fact]
    public void SaysPZeroAndPOneInsteadOfANumber()
    {
        var never = new TimeToSolution(0.1, 20, 0);
        var always = new TimeToSolution(0.1, 20, 20);
        Assert.Null(never.Seconds);
        Assert.Null(always.Seconds);
        Assert.Equal("p=0", never.ToString());
        Assert.Equal("p=1", always.ToString());
        Assert.Equal("p=0", new TimeToSolution(0, 0, 0).ToString());
    }

    [Fact]
    public void SolversReportItOverTheirReads()
    {
        var model = RandomInstances.IntegerIsing(16, 2);
        var result = new SimulatedAnnealing(new() { Sweeps = 5 }).Solve(model, new SolverOptions { Reads = 40, Threads = 1 });
        var tts = result.TimeToSolution!;
        Assert.Equal(40, tts.Reads);
        Assert.InRange(tts.Successes, 1, 40);
        Assert.True(tts.SecondsPerRead > 0);
    }
}
