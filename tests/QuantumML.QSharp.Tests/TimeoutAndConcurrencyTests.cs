using System.Diagnostics;

namespace QuantumML.QSharp.Tests;

public sealed class TimeoutAndConcurrencyTests
{
    private static readonly QSharpProject Loops = QSharpProject.FromSource("""
        operation Spin() : Unit { mutable i = 0; while true { set i += 1; } }
        operation SpinWithQubits() : Unit { use q = Qubit(); while true { H(q); } }
        function Answer() : Int { 42 }
        """, "Loops.qs");

    [Theory]
    [InlineData("Loops.Spin()")]
    [InlineData("Loops.SpinWithQubits()")]
    public async Task AnInfiniteLoopStopsAtItsLimitAndThePoolRunsTheNextProgram(string expression)
    {
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        var clock = Stopwatch.StartNew();

        var e = await Assert.ThrowsAsync<QSharpTimeoutException>(() =>
            runtime.RunAsync(Loops, expression, new RunOptions { Timeout = TimeSpan.FromSeconds(2) }));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(TimeSpan.FromSeconds(2), e.Limit);
        var next = await runtime.RunAsync(Loops, "Loops.Answer()");
        Assert.Equal(42, next.SingleShot.Value.AsLong());
    }

    [Fact]
    public async Task CancellationStopsARun()
    {
        using var runtime = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        await runtime.RunAsync(Loops, "Loops.Answer()");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runtime.RunAsync(Loops, "Loops.Spin()", cancellationToken: cts.Token));
        Assert.Equal(42, (await runtime.RunAsync(Loops, "Loops.Answer()")).SingleShot.Value.AsLong());
    }

    [Fact]
    public async Task TwoEnginesConcurrentlyGiveTheSameResultsAsOne()
    {
        var project = QSharpProject.FromSource("""
            import Std.Diagnostics.*;
            operation Sample(theta : Double, n : Int) : Result[] {
                mutable r = [];
                for _ in 1..n { use q = Qubit[2]; Ry(theta, q[0]); CNOT(q[0], q[1]); DumpMachine(); set r += [MResetZ(q[1])]; ResetAll(q); }
                r
            }
            """, "Batch.qs");
        var jobs = Enumerable.Range(0, 6).Select(j => (Expr: $"Batch.Sample({QSharpLiteral.Of(0.3 * (j + 1))}, 25)", Seed: 100L + j)).ToArray();

        using var one = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 });
        var sequential = new List<RunResult>();
        foreach (var (expr, seed) in jobs) sequential.Add(await one.RunAsync(project, expr, new RunOptions { Seed = seed }));

        using var two = new QSharpRuntime(new QSharpRuntimeOptions { Workers = 2 });
        var parallel = await Task.WhenAll(jobs.Select(j => two.RunAsync(project, j.Expr, new RunOptions { Seed = j.Seed })));

        Assert.True(QSharpRuntime.EnginesStarted >= 2);
        for (var j = 0; j < jobs.Length; j++)
        {
            Assert.Equal(sequential[j].SingleShot.Text, parallel[j].SingleShot.Text);
            Assert.Equal(
                sequential[j].AllDumps.SelectMany(d => d.Amplitudes),
                parallel[j].AllDumps.SelectMany(d => d.Amplitudes));
        }
    }
}
