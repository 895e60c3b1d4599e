using QuantumML.QSharp.Circuits;
using static QuantumML.QSharp.Tests.Circuits.KnownCircuits;

namespace QuantumML.QSharp.Tests.Circuits;

public sealed class CircuitRendererTests
{
    [Fact]
    public void TheKnownCircuitDrawsEachGateOnItsWire()
    {
        var expected = string.Join('\n',
            "q0 ─────H──────●──M──",
            "               │",
            "q1 ────────────⊕──M──",
            "",
            "q2 ──Rz(0.50)──M─────");
        Assert.Equal(expected, CircuitRenderer.Render(Three));
    }

    [Fact]
    public async Task TheTracedKnownCircuitDrawsLikeTheHandWrittenOne()
    {
        var traced = await SharedRuntime.Instance.CircuitAsync(Project, "Known.Three()");
        Assert.Equal(CircuitRenderer.Render(Three), CircuitRenderer.Render(traced));
    }

    [Fact]
    public void AGateSpanningAWireCrossesIt()
    {
        var circuit = new Circuit("span", [new(0, 0), new(1, 0), new(2, 0)], [Gate("X", [2], [0]), Gate("Z", [1])]);

        var lines = CircuitRenderer.Render(circuit).Split('\n');

        Assert.Equal("q0 ──●─────", lines[0]);
        Assert.Equal("     │", lines[1]);
        Assert.Equal("q1 ──┼──Z──", lines[2]);
        Assert.Equal("q2 ──⊕─────", lines[4]);
    }

    [Fact]
    public void AWideCircuitWrapsIntoSectionsWithinTheWidth()
    {
        var gates = Enumerable.Range(0, 30).Select(i => Gate("Ry", [i % 2], args: ["0.1234"])).ToList();
        var circuit = new Circuit("wide", [new(0, 0), new(1, 0)], gates);

        var text = CircuitRenderer.Render(circuit, width: 40);
        var lines = text.Split('\n');
        var sections = lines.Count(l => l.StartsWith("q0 ", StringComparison.Ordinal));

        Assert.True(sections > 2, text);
        Assert.All(lines, line => Assert.True(line.Length <= 40, line));
        Assert.Equal(sections - 1, lines.Count(l => l.StartsWith("q0 «", StringComparison.Ordinal)));
        Assert.Equal(sections - 1, lines.Count(l => l.StartsWith("q1 ", StringComparison.Ordinal) && l.EndsWith('»')));
        Assert.Equal(30, text.Split("Ry(0.12)").Length - 1);
    }

    [Theory]
    [InlineData("0.5000", "0.50")]
    [InlineData("1.5708", "1.57")]
    [InlineData("-0.0001", "0.00")]
    [InlineData("[1, 2]", "[1, 2]")]
    public void ArgumentsAreRoundedToTwoPlaces(string text, string label) =>
        Assert.Equal(label, GateLabel.Argument(text));

    [Fact]
    public void MeasurementsResetsAdjointsAndSwapsHaveTheirMarks()
    {
        Assert.Equal("M", GateLabel.Target(Measure(0)));
        Assert.Equal("|0⟩", GateLabel.Target(new CircuitOperation(OperationKind.Reset, "0", [0], [], [])));
        Assert.Equal("T†", GateLabel.Target(Gate("T", [0], adjoint: true)));
        Assert.Equal("×", GateLabel.Target(Gate("SWAP", [0, 1])));
    }
}
