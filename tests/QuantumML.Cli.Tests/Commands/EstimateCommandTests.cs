using System.Globalization;
using System.Text.Json;

namespace QuantumML.Cli.Tests.Commands;

public sealed class EstimateCommandTests
{
    private const string Magic = """
        operation Magic() : Result[] {
            use qs = Qubit[2];
            H(qs[0]);
            T(qs[0]);
            CNOT(qs[0], qs[1]);
            T(qs[1]);
            MResetEachZ(qs)
        }
        """;

    [Fact]
    public async Task ASmallOperationWithTGatesGetsAColumnPerModelWithPositivePhysicalQubits()
    {
        using var project = new TempProject(("src/Known.qs", Magic));
        var outcome = await CliRunner.RunAsync("estimate", "Known.Magic()", "--project", project.Directory,
            "--qubit", "qubit_gate_ns_e3", "--qubit", "qubit_maj_ns_e6");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        var lines = outcome.Out.Split('\n');
        Assert.Equal(["qubit_gate_ns_e3", "qubit_maj_ns_e6"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var row in new[] { "logical qubits", "logical depth", "T states", "code distance", "physical qubits", "runtime" })
            Assert.Contains(lines, l => l.StartsWith(row, StringComparison.Ordinal));
        var physical = lines.Single(l => l.StartsWith("physical qubits", StringComparison.Ordinal))
            ["physical qubits".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => long.Parse(v, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, physical.Count);
        Assert.All(physical, p => Assert.True(p > 0));
        Assert.Contains("fault-tolerant", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonIsTheEstimatorsRawResult()
    {
        using var project = new TempProject(("src/Known.qs", Magic));
        var outcome = await CliRunner.RunAsync("estimate", "Known.Magic()", "--project", project.Directory, "--json", "--error-budget", "0.01");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        using var doc = JsonDocument.Parse(outcome.Out);
        Assert.Equal(2, doc.RootElement.GetArrayLength()); // the two default models
        Assert.All(doc.RootElement.EnumerateArray(), e =>
        {
            Assert.True(e.GetProperty("physicalCounts").GetProperty("physicalQubits").GetInt64() > 0);
            Assert.Equal(0.01, e.GetProperty("jobParams").GetProperty("errorBudget").GetDouble());
        });
    }

    [Fact]
    public async Task AnUnknownQubitModelIsRefusedWithTheKnownOnes()
    {
        var outcome = await CliRunner.RunAsync("estimate", "Std.Math.PI()", "--qubit", "qubit_gate_ps_e9");
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("unknown qubit model 'qubit_gate_ps_e9'", outcome.Err, StringComparison.Ordinal);
        Assert.Contains("qubit_gate_ns_e3, qubit_gate_ns_e4, qubit_gate_us_e3, qubit_gate_us_e4, qubit_maj_ns_e4, qubit_maj_ns_e6", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidExpressionIsADiagnosticNotAStackTrace()
    {
        var outcome = await CliRunner.RunAsync("estimate", "Ansatzes.Nope()");
        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.StartsWith("<expression>:1:1: error Qdk.Qsc.Resolve.NotFound", outcome.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEstimatorErrorIsItsMessageAndExitOne()
    {
        var outcome = await CliRunner.RunAsync("estimate", "Std.Math.PI()");
        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Equal("qml estimate: Algorithm requires at least one magic state or measurement to estimate resources", outcome.Err.Trim());
    }

    [Theory]
    [InlineData("--error-budget", "1.5")]
    [InlineData("--qec", "color_code")]
    [InlineData("--qec", "floquet_code")] // with the default gate-based model
    public async Task BadOptionsAreUsageErrorsNamingTheOption(string option, string value)
    {
        var outcome = await CliRunner.RunAsync("estimate", "Std.Math.PI()", option, value);
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains(option, outcome.Err, StringComparison.Ordinal);
    }
}
