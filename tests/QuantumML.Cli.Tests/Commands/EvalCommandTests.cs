using System.Text.Json;

namespace QuantumML.Cli.Tests.Commands;

public sealed class EvalCommandTests
{
    private const string Coin = "Drivers.SampleCircuitOutcomes(Encodings.ApplyAngleEncoding, Ansatzes.ApplyHardwareEfficientAnsatz, 1, [[1.5707963267948966]], [[0.0, 0.0]], 1)";

    [Fact]
    public async Task TheSameSeedPrintsIdenticalResults()
    {
        var first = await CliRunner.RunAsync("eval", Coin, "--shots", "64", "--seed", "11");
        var second = await CliRunner.RunAsync("eval", Coin, "--shots", "64", "--seed", "11");

        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(first.Out, second.Out);
        Assert.Contains("seed 11", first.Err, StringComparison.Ordinal);
        // A fair coin over 64 shots shows both outcomes in its histogram.
        Assert.Contains("[0]", first.Out, StringComparison.Ordinal);
        Assert.Contains("[1]", first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonHasSeedResultsDumpsAndMessages()
    {
        var outcome = await CliRunner.RunAsync("eval",
            "Drivers.DumpCircuitStates(Encodings.ApplyAngleEncoding, Ansatzes.ApplyHardwareEfficientAnsatz, 2, [[3.141592653589793, 0.0]], [[0.0, 0.0, 0.0, 0.0]])",
            "--seed", "5", "--json");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        using var doc = JsonDocument.Parse(outcome.Out);
        var root = doc.RootElement;
        Assert.Equal(5, root.GetProperty("seed").GetInt64());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("results")[0].ValueKind); // Unit
        var dump = root.GetProperty("dumps")[0];
        Assert.Equal(2, dump.GetProperty("qubits").GetInt32());
        // Ry(π) on qubit 0 then CNOT(0, 1): |11⟩, index 3.
        Assert.Equal(1.0, dump.GetProperty("amplitudes")[3][0].GetDouble(), 9);
        Assert.Equal(0, root.GetProperty("messages").GetArrayLength());
    }

    [Fact]
    public async Task ARuntimeFailureExitsOneWithTheDiagnostic()
    {
        var outcome = await CliRunner.RunAsync("eval", "Std.Measurement.MResetZ(Std.Arrays.Head([]))", "--shots", "3");
        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Contains("Qdk.Qsc.Eval", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoiseFlipsSomeOutcomesOfADeterministicCircuit()
    {
        const string zero = "Drivers.SampleCircuitOutcomes(Encodings.ApplyAngleEncoding, Ansatzes.ApplyHardwareEfficientAnsatz, 1, [[0.0]], [[0.0, 0.0]], 1)";
        var ideal = await CliRunner.RunAsync("eval", zero, "--shots", "100", "--seed", "3");
        var noisy = await CliRunner.RunAsync("eval", zero, "--shots", "100", "--seed", "3", "--noise", "0.3,0,0");

        Assert.DoesNotContain("[1]", ideal.Out, StringComparison.Ordinal);
        Assert.Contains("[1]", noisy.Out, StringComparison.Ordinal);
        Assert.Contains("[0]", noisy.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--shots", "abc")]
    [InlineData("--bogus", "1")]
    [InlineData("--noise", "0.1,0")]
    [InlineData("--noise", "2,0,0")]
    [InlineData("--shots", "0")]
    [InlineData("--timeout", "-1")]
    public async Task BadOptionsAreUsageErrorsNamingTheOption(string option, string value)
    {
        var outcome = await CliRunner.RunAsync("eval", "1", option, value);
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains(option, outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyExpressionIsAUsageError()
    {
        var outcome = await CliRunner.RunAsync("eval", " ");
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.StartsWith("qml eval: the expression is empty", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACompileErrorInTheExpressionNamesIt()
    {
        var outcome = await CliRunner.RunAsync("eval", "Encodings.Nope()");
        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.StartsWith("<expression>:1:1: error Qdk.Qsc.Resolve.NotFound", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunawayProgramStopsAtTheTimeout()
    {
        using var project = new TempProject(("src/Loop.qs", "operation Forever() : Unit { mutable i = 0; while true { set i += 1; } }\n"));
        var outcome = await CliRunner.RunAsync("eval", "Loop.Forever()", "--project", project.Directory, "--timeout", "1");
        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Contains("time limit of 1 s", outcome.Err, StringComparison.Ordinal);
    }
}
