using System.Diagnostics;

namespace QuantumML.QSharp.Tests.Supervision;

public sealed class QubitTraceTests
{
    private static readonly QSharpProject Program = QSharpProject.FromSource("""
        operation Small(qs : Qubit[]) : Unit { H(qs[0]); use extra = Qubit[3]; CNOT(qs[0], extra[2]); ResetAll(extra); }
        operation Wide(qs : Qubit[]) : Unit {
            use big = Qubit[40];
            for q in big { H(q); }
            for i in 0..38 { CNOT(big[i], big[i + 1]); }
            ResetAll(big);
        }
        operation ProbeSmall() : Unit { use qs = Qubit[2]; Small(qs); ResetAll(qs); }
        operation ProbeWide() : Unit { use qs = Qubit[1]; Wide(qs); ResetAll(qs); }
        operation Probe() : Unit { ProbeSmall(); ProbeWide(); }
        operation Measures() : Unit { use q = Qubit(); if M(q) == One { X(q); } }
        """, "Probe.qs");

    [Fact]
    public async Task EachCallGetsItsPeakQubitsAndWhereTheHighestWasAllocated()
    {
        var clock = Stopwatch.StartNew();
        var scopes = await SharedRuntime.Instance.TraceQubitsAsync(Program, "Probe.Probe", TimeSpan.FromSeconds(60));

        // 41 entangled qubits are far beyond the simulator; classical evaluation only records the gates.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal(2, scopes.Count);
        Assert.Equal(("ProbeSmall", 5), (scopes[0].Scope, scopes[0].Qubits));
        Assert.Contains(new QuantumML.QSharp.Supervision.SourceLocation("Probe.qs", 1, 50), scopes[0].Allocations);
        Assert.Equal(("ProbeWide", 41), (scopes[1].Scope, scopes[1].Qubits));
        Assert.Equal([new QuantumML.QSharp.Supervision.SourceLocation("Probe.qs", 3, 5)], scopes[1].Allocations);
    }

    [Fact]
    public async Task AComparisonOfMeasurementsCannotBeTraced()
    {
        var e = await Assert.ThrowsAsync<QSharpRuntimeException>(() => SharedRuntime.Instance.TraceQubitsAsync(Program, "Probe.Measures", TimeSpan.FromSeconds(60)));
        Assert.Equal(QSharpRuntime.ResultComparisonUnsupported, e.Diagnostics[0].Code);
    }
}
