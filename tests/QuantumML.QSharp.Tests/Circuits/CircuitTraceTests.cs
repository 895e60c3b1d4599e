using System.Globalization;
using QuantumML.QSharp.Circuits;

namespace QuantumML.QSharp.Tests.Circuits;

public sealed class CircuitTraceTests
{
    private static Task<Circuit> TraceAsync(string expression, CircuitOptions? options = null) =>
        SharedRuntime.Instance.CircuitAsync(KnownCircuits.Project, expression, options);

    /// <summary>The operations on one wire, in order, as names with arguments.</summary>
    private static List<string> Wire(Circuit circuit, int qubit) =>
        circuit.Operations.Where(o => o.Qubits.Contains(qubit))
            .Select(o => o.Arguments.Count == 0 ? o.Name : $"{o.Name}({string.Join(",", o.Arguments.Select(a => double.Parse(a, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)))})")
            .ToList();

    [Fact]
    public async Task AKnownThreeQubitCircuitHasItsGatesInOrderOnTheirWires()
    {
        var circuit = await TraceAsync("Known.Three()");

        Assert.Equal([0, 1, 2], circuit.Qubits.Select(q => q.Id));
        Assert.All(circuit.Qubits, q => Assert.Equal(1, q.ResultCount));
        Assert.Equal(["H", "CNOT", "M"], Wire(circuit, 0));
        Assert.Equal(["CNOT", "M"], Wire(circuit, 1));
        Assert.Equal(["Rz(0.5)", "M"], Wire(circuit, 2));
        var cnot = Assert.Single(circuit.Operations, o => o.Name == "CNOT");
        Assert.Equal("X", cnot.Gate);
        Assert.Equal([0], cnot.Controls);
        Assert.Equal([1], cnot.Targets);
        Assert.Equal(3, circuit.Operations.Count(o => o.Kind == OperationKind.Measurement));
        Assert.Equal(CircuitGeneration.ClassicalEval, circuit.Generation);
        Assert.Null(circuit.Seed);
        Assert.False(circuit.MayBeTruncated);
    }

    [Fact]
    public async Task TheTracedModelHasTheHandCountedMetrics()
    {
        var metrics = CircuitMetrics.Of(await TraceAsync("Known.Three()"));

        Assert.Equal(3, metrics.Depth); // H, CNOT, M on q0
        Assert.Equal(new Dictionary<string, int> { ["CNOT"] = 1, ["H"] = 1, ["M"] = 3, ["Rz"] = 1 }, metrics.GateCounts);
        Assert.Equal(1, metrics.TwoQubitGates);
        Assert.Equal((3, 6), (metrics.Qubits, metrics.Operations));
    }

    [Fact]
    public async Task AnOperationOnAQubitArrayIsAppliedToAFreshRegisterOfTheGivenSize()
    {
        var circuit = await TraceAsync("Known.Layer([0.1, 0.2, 0.3, 0.4], _)", new CircuitOptions { RegisterSize = 4 });

        Assert.Equal(4, circuit.Qubits.Count);
        Assert.Equal(["Ry(0.1)"], Wire(circuit, 0));
        Assert.Equal(["Ry(0.4)"], Wire(circuit, 3));
        Assert.Equal(1, CircuitMetrics.Of(circuit).Depth);
    }

    [Theory]
    [InlineData("Known.Nope()", 1, "Qdk.Qsc.Resolve.NotFound")]
    [InlineData("1 + true", 5, "Qdk.Qsc.TypeCk.TyMismatch")]
    public async Task ACompileErrorIsReportedAtItsColumnInTheExpression(string expression, int column, string code)
    {
        var e = await Assert.ThrowsAsync<QSharpCompilationException>(() => TraceAsync(expression));

        var d = Assert.Single(e.Diagnostics);
        Assert.Equal(("<entry>", 1, column, code), (d.File, d.Line, d.Column, d.Code));
    }

    [Fact]
    public async Task AFailureWhileTracingIsARuntimeErrorWithItsMessage()
    {
        var e = await Assert.ThrowsAsync<QSharpRuntimeException>(() => TraceAsync("Known.Fails()"));
        Assert.Contains("traced too far", e.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(EntryWrapperName, e.Diagnostics[0].Stack ?? "", StringComparison.Ordinal);
    }

    private const string EntryWrapperName = "QuantumMLTraceEntry";

    [Fact]
    public async Task ABranchOnAMeasurementNeedsASimulatedTraceWhichFollowsItsSeed()
    {
        var e = await Assert.ThrowsAsync<QSharpRuntimeException>(() => TraceAsync("Known.Branch()"));
        Assert.Equal(QSharpRuntime.ResultComparisonUnsupported, e.Diagnostics[0].Code);

        var options = new CircuitOptions { Generation = CircuitGeneration.Simulate, Seed = 5 };
        var first = await TraceAsync("Known.Branch()", options);
        var again = await TraceAsync("Known.Branch()", options);

        Assert.Equal(5, first.Seed);
        Assert.Equal(first.Operations.Select(o => o.Name), again.Operations.Select(o => o.Name));
        Assert.Equal(["H", "M"], Wire(first, 0).Where(n => n != "Reset"));
    }

    [Fact]
    public async Task TheTracerStopsAtMaxOperationsAndSaysItMayHave()
    {
        var circuit = await TraceAsync("Known.Long(50)", new CircuitOptions { MaxOperations = 10 });
        Assert.Equal(10, circuit.Operations.Count);
        Assert.True(circuit.MayBeTruncated);
    }
}
