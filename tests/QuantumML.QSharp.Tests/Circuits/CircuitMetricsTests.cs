using QuantumML.QSharp.Circuits;
using static QuantumML.QSharp.Tests.Circuits.KnownCircuits;

namespace QuantumML.QSharp.Tests.Circuits;

public sealed class CircuitMetricsTests
{
    [Fact]
    public void DepthPutsGatesOnDisjointQubitsInOneLayer()
    {
        // Layer 1: H q0, H q1, X q2. Layer 2: CNOT q0→q1. Layer 3: CCNOT. Layer 4: the measurements.
        var circuit = new Circuit("hand", [new(0, 1), new(1, 1), new(2, 1)],
        [
            Gate("H", [0]), Gate("H", [1]), Gate("X", [2]),
            Gate("X", [1], [0]),
            Gate("X", [2], [0, 1]),
            Measure(0), Measure(1), Measure(2),
        ]);

        var metrics = CircuitMetrics.Of(circuit);

        Assert.Equal(4, metrics.Depth);
        Assert.Equal(new Dictionary<string, int> { ["CCNOT"] = 1, ["CNOT"] = 1, ["H"] = 2, ["M"] = 3, ["X"] = 1 }, metrics.GateCounts);
        Assert.Equal((1, 1), (metrics.TwoQubitGates, metrics.MultiQubitGates));
        Assert.Equal("3 qubits · 8 operations · depth 4 · 1 two-qubit gate · 1 gate on 3+ qubits", metrics.Summary());
    }

    [Fact]
    public void TheKnownCircuitMatchesItsHandCount()
    {
        var metrics = CircuitMetrics.Of(Three);
        Assert.Equal(3, metrics.Depth);
        Assert.Equal("CNOT 1, H 1, M 3, Rz 1", metrics.CountsLine());
    }

    [Theory]
    [InlineData("Z", new[] { 0 }, "CZ")]
    [InlineData("Rz", new[] { 0 }, "CRz")]
    [InlineData("S", new int[0], "S†")]
    [InlineData("X", new[] { 0, 1 }, "CCNOT")]
    public void OperationsAreNamedByGateControlsAndAdjoint(string gate, int[] controls, string name) =>
        Assert.Equal(name, Gate(gate, [5], controls, adjoint: gate == "S").Name);

    [Fact]
    public void AnEmptyCircuitHasDepthZero() =>
        Assert.Equal(0, CircuitMetrics.Of(new Circuit("none", [], [])).Depth);
}
