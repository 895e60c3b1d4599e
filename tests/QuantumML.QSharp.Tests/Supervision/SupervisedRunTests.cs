using QuantumML.QSharp.Supervision;

namespace QuantumML.QSharp.Tests.Supervision;

public sealed class SupervisedRunTests
{
    private static readonly QSharpProject Program = QSharpProject.FromSource("""
        import Std.Diagnostics.*;
        operation Steps(loopInSecond : Bool) : Int {
            Message("part 1");
            use q = Qubit();
            H(q);
            DumpMachine();
            Reset(q);
            Message("part 2");
            mutable i = 0;
            while loopInSecond or i < 3 { set i += 1; }
            i
        }
        operation Fails() : Unit { Message("before"); Fact(1 == 2, "one is not two"); }
        operation Flood() : Unit { mutable i = 0; while true { Message($"line {i}"); set i += 1; } }
        operation StopsItself() : Unit { Message("one"); Message("stop"); mutable i = 0; while true { set i += 1; } }
        operation Coins(n : Int) : Result[] { mutable r = []; for _ in 1..n { use q = Qubit(); H(q); set r += [MResetZ(q)]; } r }
        """, "Steps.qs");

    /// <summary>Records what the run emitted; "part N" messages restart the limit with the given one, "stop" stops the run.</summary>
    private sealed class Recorder(TimeSpan checkpointLimit) : IRunObserver
    {
        public List<string> Messages { get; } = [];
        public List<StateDump> Dumps { get; } = [];

        public RunSignal OnMessage(string message)
        {
            Messages.Add(message);
            if (message == "stop") return RunSignal.Stop("asked to stop");
            return message.StartsWith("part", StringComparison.Ordinal) ? RunSignal.Restart(checkpointLimit) : RunSignal.Continue;
        }

        public RunSignal OnDump(DumpEvent dump)
        {
            Dumps.Add(dump.Parse());
            return RunSignal.Continue;
        }
    }

    [Fact]
    public async Task ACompletedRunDeliversMessagesAndDumpsInOrderAndItsValue()
    {
        var recorder = new Recorder(TimeSpan.FromSeconds(30));
        var run = await SharedRuntime.Instance.RunSupervisedAsync(Program, "Steps.Steps(false)", 5, TimeSpan.FromSeconds(30), recorder);

        Assert.Equal(SupervisedOutcome.Completed, run.Outcome);
        Assert.Equal("3", run.Value);
        Assert.Equal(["part 1", "part 2"], recorder.Messages);
        var dump = Assert.Single(recorder.Dumps);
        Assert.Equal(0.5, dump.Probabilities()[1], 12);
    }

    [Fact]
    public async Task ACheckpointRestartsTheLimitAndAStoppedRunKeepsWhatCameBefore()
    {
        var recorder = new Recorder(TimeSpan.FromSeconds(1));
        var run = await SharedRuntime.Instance.RunSupervisedAsync(Program, "Steps.Steps(true)", 5, TimeSpan.FromSeconds(30), recorder);

        Assert.Equal(SupervisedOutcome.TimedOut, run.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(1), run.Limit);
        Assert.Equal(["part 1", "part 2"], recorder.Messages);
        Assert.Single(recorder.Dumps);
        var next = await SharedRuntime.Instance.RunSupervisedAsync(Program, "Steps.Steps(false)", 5, TimeSpan.FromSeconds(30), new Recorder(TimeSpan.FromSeconds(30)));
        Assert.Equal("3", next.Value);
    }

    [Fact]
    public async Task ARunTimeFailureIsAnOutcomeWithItsLocatedDiagnostic()
    {
        var recorder = new Recorder(TimeSpan.FromSeconds(30));
        var run = await SharedRuntime.Instance.RunSupervisedAsync(Program, "Steps.Fails()", 5, TimeSpan.FromSeconds(30), recorder);

        Assert.Equal(SupervisedOutcome.Failed, run.Outcome);
        Assert.Equal(["before"], recorder.Messages);
        var d = run.Diagnostics[0];
        Assert.Contains("one is not two", d.Message, StringComparison.Ordinal);
        // The failure is raised inside Std's Fact; the call stack locates the program's own line.
        Assert.Contains("in Steps.qs:13:", d.Stack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACompileErrorIsThrown()
    {
        var broken = QSharpProject.FromSource("operation Bad() : Unit { let x : Int = 1.0; }", "Bad.qs");
        var e = await Assert.ThrowsAsync<QSharpCompilationException>(() =>
            SharedRuntime.Instance.RunSupervisedAsync(broken, "Bad.Bad()", 1, TimeSpan.FromSeconds(30), new Recorder(TimeSpan.FromSeconds(30))));
        Assert.Equal("Bad.qs", e.Diagnostics[0].File);
    }

    [Fact]
    public async Task TheSameSeedRepeatsEveryOutcome()
    {
        async Task<string?> Sample(long seed) =>
            (await SharedRuntime.Instance.RunSupervisedAsync(Program, "Steps.Coins(40)", seed, TimeSpan.FromSeconds(30), new Recorder(TimeSpan.FromSeconds(30)))).Value;

        var first = await Sample(11);
        Assert.Equal(first, await Sample(11));
        Assert.NotEqual(first, await Sample(12));
    }

    [Fact]
    public async Task AnObserverStopsTheRunAndHearsNothingAfter()
    {
        var recorder = new Recorder(TimeSpan.FromSeconds(30));
        var run = await SharedRuntime.Instance.RunSupervisedAsync(Program, "Steps.StopsItself()", 5, TimeSpan.FromSeconds(30), recorder);

        Assert.Equal(SupervisedOutcome.Stopped, run.Outcome);
        Assert.Equal("asked to stop", run.Error);
        Assert.Equal(["one", "stop"], recorder.Messages);
    }

    [Fact]
    public async Task AMessageFloodPastTheOutputLimitEndsAsOutputLimitAndTheEngineRunsTheNextProgram()
    {
        var recorder = new Recorder(TimeSpan.FromSeconds(30));
        var run = await SharedRuntime.Instance.RunSupervisedAsync(Program, "Steps.Flood()", 5, TimeSpan.FromSeconds(60), recorder, new OutputLimit(5000, 1L << 30));

        Assert.Equal(SupervisedOutcome.OutputLimit, run.Outcome);
        Assert.Contains("too much output, more than 5000 messages", run.Error, StringComparison.Ordinal);
        Assert.Equal(5000, recorder.Messages.Count);
        Assert.Equal("line 4999", recorder.Messages[^1]);
        var next = await SharedRuntime.Instance.RunSupervisedAsync(Program, "Steps.Steps(false)", 5, TimeSpan.FromSeconds(30), new Recorder(TimeSpan.FromSeconds(30)));
        Assert.Equal("3", next.Value);
    }
}
