using System.Text.Json;
using System.Xml.Linq;

namespace QuantumML.Cli.Tests.Commands;

public sealed class CircuitCommandTests
{
    private const string Three = """
        operation Three() : Result[] {
            use qs = Qubit[3];
            H(qs[0]);
            CNOT(qs[0], qs[1]);
            Rz(0.5, qs[2]);
            MeasureEachZ(qs)
        }
        operation Branch() : Unit { use qs = Qubit[2]; H(qs[0]); if M(qs[0]) == One { X(qs[1]); } ResetAll(qs); }
        """;

    [Fact]
    public async Task PrintsTheDiagramThenDepthAndCounts()
    {
        using var project = new TempProject(("src/Known.qs", Three));
        var outcome = await CliRunner.RunAsync("circuit", "Known.Three()", "--project", project.Directory, "--width", "80");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        var lines = outcome.Out.Split('\n');
        Assert.Equal("q0 ─────H──────●──M──", lines[0]);
        Assert.Equal("q1 ────────────⊕──M──", lines[2]);
        Assert.Equal("q2 ──Rz(0.50)──M─────", lines[4]);
        Assert.Contains("3 qubits · 6 operations · depth 3 · 1 two-qubit gate", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("gates: CNOT 1, H 1, M 3, Rz 1", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHardwareEfficientAnsatzOnFourQubitsAndTwoLayersHasItsHandCount()
    {
        var svg = Path.Combine(Path.GetTempPath(), $"qml-hea-{Guid.NewGuid():N}.svg");
        try
        {
            var outcome = await CliRunner.RunAsync("circuit",
                "Ansatzes.ApplyHardwareEfficientAnsatz(Std.Arrays.MappedOverRange(i -> 0.1 * Std.Convert.IntAsDouble(i + 1), 0..15), _)",
                "--qubits", "4", "--svg", svg, "--width", "120");

            Assert.Equal(ExitCodes.Success, outcome.ExitCode);
            // Per layer: Ry and Rz on each of 4 qubits, then a CNOT chain of 3; depth 2 + 3 per layer, the second
            // layer's rotations on q0 overlapping the first layer's chain.
            Assert.Contains("gates: CNOT 6, Ry 8, Rz 8", outcome.Out, StringComparison.Ordinal);
            Assert.Contains("4 qubits · 22 operations · depth 9 · 6 two-qubit gates", outcome.Out, StringComparison.Ordinal);
            var texts = XDocument.Load(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
            Assert.Contains("Ry(0.10)", texts);
            Assert.Contains("Rz(1.60)", texts);
        }
        finally
        {
            File.Delete(svg);
        }
    }

    [Fact]
    public async Task JsonHasTheOperationsAndMetrics()
    {
        using var project = new TempProject(("src/Known.qs", Three));
        var outcome = await CliRunner.RunAsync("circuit", "Known.Three()", "--project", project.Directory, "--json");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        using var doc = JsonDocument.Parse(outcome.Out);
        var root = doc.RootElement;
        Assert.Equal(3, root.GetProperty("metrics").GetProperty("depth").GetInt32());
        Assert.Equal(1, root.GetProperty("metrics").GetProperty("gate_counts").GetProperty("CNOT").GetInt32());
        var cnot = root.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "CNOT");
        Assert.Equal(0, cnot.GetProperty("controls")[0].GetInt32());
        Assert.Equal(1, cnot.GetProperty("targets")[0].GetInt32());
    }

    [Fact]
    public async Task AnInvalidExpressionIsADiagnosticNotAStackTrace()
    {
        var outcome = await CliRunner.RunAsync("circuit", "Ansatzes.Nope()");
        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.StartsWith("<expression>:1:1: error Qdk.Qsc.Resolve.NotFound", outcome.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", outcome.Err, StringComparison.Ordinal);
        Assert.Equal("", outcome.Out);
    }

    [Fact]
    public async Task ABranchOnAMeasurementIsTracedAsOneSimulatedRunAndSaysSo()
    {
        using var project = new TempProject(("src/Known.qs", Three));
        var outcome = await CliRunner.RunAsync("circuit", "Known.Branch()", "--project", project.Directory, "--seed", "4");
        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Contains("one simulated run (seed 4)", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOperationValueWithoutQubitsSuggestsTheOption()
    {
        var outcome = await CliRunner.RunAsync("circuit", "Ansatzes.ApplyHardwareEfficientAnsatz([0.1, 0.2], _)");
        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Contains("pass --qubits N", outcome.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--width", "5")]
    [InlineData("--qubits", "0")]
    [InlineData("--max-operations", "0")]
    [InlineData("--timeout", "0")]
    public async Task BadOptionsAreUsageErrorsNamingTheOption(string option, string value)
    {
        var outcome = await CliRunner.RunAsync("circuit", "Std.Math.PI()", option, value);
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains(option, outcome.Err, StringComparison.Ordinal);
    }
}
