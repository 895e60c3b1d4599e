namespace QuantumML.QSharp.Tests;

/// <summary>What a run keeps and reports when it emits too much, fails in some shots, or is stopped.</summary>
public sealed class OutputAndFailureTests
{
    private static readonly QSharpProject Program = QSharpProject.FromSource("""
        import Std.Diagnostics.*;
        operation Flood() : Unit { mutable i = 0; while true { Message($"line {i}"); set i += 1; } }
        operation WideDump() : Unit { use qs = Qubit[26]; DumpMachine(); }
        operation Spin() : Unit { Message("before"); mutable i = 0; while true { set i += 1; } }
        operation Coin() : Result { use q = Qubit(); H(q); let r = MResetZ(q); Message($"drew {r}"); if r == One { fail "drew One"; } r }
        function Answer() : Int { 42 }
        """, "Out.qs");

    [Fact]
    public void EveryRunHasAnOutputLimitByDefault() => Assert.Equal(OutputLimit.Default, RunOptions.Default.Output);

    [Fact]
    public async Task AMessageFloodStopsAtTheOutputLimitKeepingWhatCameBeforeAndTheRuntimeRunsTheNextProgram()
    {
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        var e = await Assert.ThrowsAsync<QSharpOutputLimitException>(() =>
            runtime.RunAsync(Program, "Out.Flood()", new RunOptions { Output = new OutputLimit(10_000, 1L << 30) }));

        Assert.Equal("Q# run stopped: too much output, more than 10000 messages, state dumps and results.", e.Message);
        var messages = e.Partial!.Unfinished!.Messages;
        Assert.Equal(10_000, messages.Count);
        Assert.Equal("line 9999", messages[^1]);
        Assert.Equal(42, (await runtime.RunAsync(Program, "Out.Answer()")).SingleShot.Value.AsLong());
    }

    [Fact]
    public async Task AStateDumpTooWideToHoldDenselyPassesTheByteLimitInsteadOfBeingAllocated()
    {
        var e = await Assert.ThrowsAsync<QSharpOutputLimitException>(() => SharedRuntime.Instance.RunAsync(Program, "Out.WideDump()"));

        Assert.Equal(26, e.DumpQubits);
        Assert.Equal("Q# run stopped: too much output, a state dump of 26 qubits (1 GiB as dense amplitudes) passes the output limit of 256 MiB.", e.Message);
    }

    [Fact]
    public async Task ShotsBeyondTheEventLimitAreRefusedAsTooMuchOutput()
    {
        var e = await Assert.ThrowsAsync<QSharpOutputLimitException>(() =>
            SharedRuntime.Instance.RunAsync(Program, "Out.Answer()", new RunOptions { Shots = 5000, Output = new OutputLimit(1000, 1L << 30) }));

        Assert.Equal(1000, e.Partial!.Shots.Count);
        Assert.All(e.Partial.Shots, s => Assert.Equal("42", s.Text));
    }

    [Fact]
    public async Task ARunStoppedByItsTimeLimitHandsOverTheMessagesBeforeTheStop()
    {
        var e = await Assert.ThrowsAsync<QSharpTimeoutException>(() =>
            SharedRuntime.Instance.RunAsync(Program, "Out.Spin()", new RunOptions { Timeout = TimeSpan.FromSeconds(1), Seed = 3 }));

        Assert.Equal(["before"], e.Partial!.Unfinished!.Messages);
        Assert.Equal(3, e.Partial.Seed);
        Assert.Empty(e.Partial.Shots);
    }

    [Fact]
    public async Task AFailingShotDoesNotHideTheOtherShotsOutcomes()
    {
        var e = await Assert.ThrowsAsync<QSharpRuntimeException>(() =>
            SharedRuntime.Instance.RunAsync(Program, "Out.Coin()", new RunOptions { Shots = 40, Seed = 9 }));

        var shots = e.Result!.Shots;
        Assert.Equal(40, shots.Count);
        Assert.Equal(shots.ToList().FindIndex(s => !s.Succeeded), e.Shot);
        Assert.All(shots, s => Assert.Equal(s.Succeeded ? "drew Zero" : "drew One", Assert.Single(s.Messages)));
        Assert.All(shots.Where(s => s.Succeeded), s => Assert.Equal("Zero", s.Text));
        Assert.All(shots.Where(s => !s.Succeeded), s => Assert.Contains("drew One", s.Errors[0].Message, StringComparison.Ordinal));
        Assert.InRange(shots.Count(s => s.Succeeded), 5, 35);
        var histogram = e.Result.Histogram();
        Assert.Equal(["Zero", "failed: program failed: drew One"], histogram.Select(h => h.Text).Order(StringComparer.Ordinal));
    }
}
