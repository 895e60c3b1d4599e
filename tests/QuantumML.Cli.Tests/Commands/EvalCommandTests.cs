using System.Text.Json;
using QuantumML.Hamiltonians;

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
    [InlineData("--shots", "1000000000")]
    [InlineData("--timeout", "-1")]
    [InlineData("--timeout", "1e9")]
    [InlineData("--timeout", "NaN")]
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

    private static TempProject Programs() => new(("src/P.qs", """
        operation Flood() : Unit { mutable i = 0; while true { Message($"line {i}"); set i += 1; } }
        operation Spin() : Unit { Message("before"); mutable i = 0; while true { set i += 1; } }
        operation Coin() : Result { use q = Qubit(); H(q); let r = MResetZ(q); Message($"drew {r}"); if r == One { fail "drew One"; } r }
        operation Fails() : Unit { Message("before"); fail "boom"; }
        """));

    [Fact]
    public async Task ShotsPastTheLimitAreRefusedWithTheRangeBeforeAnythingRuns()
    {
        var outcome = await CliRunner.RunAsync("eval", "1", "--shots", "1000000000");

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Equal("qml eval: --shots must be from 1 to 1000000 (got 1000000000).", outcome.Err.Trim());
    }

    [Fact]
    public async Task AMessageFloodStopsAtTheOutputLimitAfterPrintingWhatItKept()
    {
        using var project = Programs();

        var outcome = await CliRunner.RunAsync("eval", "P.Flood()", "--project", project.Directory, "--seed", "2");

        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Contains("qml eval: Q# run stopped: too much output, more than 1000000 messages, state dumps and results.", outcome.Err, StringComparison.Ordinal);
        Assert.Contains("seed 2 · 0 shot(s) of 1", outcome.Err, StringComparison.Ordinal);
        Assert.StartsWith("line 0\n", outcome.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("line 999999\n", outcome.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARunStoppedByItsTimeoutPrintsTheMessagesBeforeTheStop()
    {
        using var project = Programs();

        var outcome = await CliRunner.RunAsync("eval", "P.Spin()", "--project", project.Directory, "--timeout", "1", "--seed", "3");
        var json = await CliRunner.RunAsync("eval", "P.Spin()", "--project", project.Directory, "--timeout", "1", "--seed", "3", "--json");

        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Equal("before", outcome.Out.Trim());
        Assert.Contains("time limit of 1 s", outcome.Err, StringComparison.Ordinal);
        Assert.Contains("seed 3", outcome.Err, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal("before", doc.RootElement.GetProperty("messages")[0].GetProperty("text").GetString());
        Assert.Equal("Q# run stopped after its time limit of 1 s.", doc.RootElement.GetProperty("stopped").GetString());
    }

    [Fact]
    public async Task AFailingEvalPrintsTheMessagesBeforeTheFailureTheSeedAndWithJsonTheObject()
    {
        using var project = Programs();

        var human = await CliRunner.RunAsync("eval", "P.Fails()", "--project", project.Directory, "--seed", "8");
        var json = await CliRunner.RunAsync("eval", "P.Fails()", "--project", project.Directory, "--seed", "8", "--json");

        Assert.Equal(ExitCodes.Failure, human.ExitCode);
        Assert.Equal("before", human.Out.Trim());
        Assert.Matches(@"src/P\.qs:4:47: error Qdk\.Qsc\.Eval\.UserFail: runtime error: program failed: boom", human.Err);
        Assert.Contains("seed 8 · 1 shot(s), 1 failed", human.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Failure, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Out);
        var root = doc.RootElement;
        Assert.Equal(8, root.GetProperty("seed").GetInt64());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("results")[0].ValueKind);
        Assert.Equal("before", root.GetProperty("messages")[0].GetProperty("text").GetString());
        var failure = root.GetProperty("failures")[0];
        Assert.Equal(0, failure.GetProperty("shot").GetInt32());
        Assert.Equal("runtime error: program failed: boom", failure.GetProperty("message").GetString());
        Assert.Equal(4, failure.GetProperty("line").GetInt32());
        Assert.Equal(47, failure.GetProperty("column").GetInt32());
    }

    [Fact]
    public async Task WithManyShotsEachShotsOutcomeIsReportedInsteadOfTheFirstFailureAbortingAll()
    {
        using var project = Programs();

        var human = await CliRunner.RunAsync("eval", "P.Coin()", "--project", project.Directory, "--shots", "40", "--seed", "4");
        var json = await CliRunner.RunAsync("eval", "P.Coin()", "--project", project.Directory, "--shots", "40", "--seed", "4", "--json");

        Assert.Equal(ExitCodes.Failure, human.ExitCode);
        var rows = human.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.Contains(rows, r => r.StartsWith("failed: program failed: drew One", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("Zero", StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(json.Out);
        var results = doc.RootElement.GetProperty("results").EnumerateArray().ToList();
        var failures = doc.RootElement.GetProperty("failures").EnumerateArray().Select(f => f.GetProperty("shot").GetInt32()).ToList();
        Assert.Equal(40, results.Count);
        Assert.Equal(Enumerable.Range(0, 40).Where(s => results[s].ValueKind == JsonValueKind.Null), failures);
        Assert.All(results.Where(r => r.ValueKind != JsonValueKind.Null), r => Assert.Equal("Zero", r.GetString()));
        Assert.InRange(failures.Count, 5, 35);
        Assert.Equal(40, doc.RootElement.GetProperty("messages").GetArrayLength());
        Assert.Contains($"seed 4 · 40 shot(s), {failures.Count} failed", human.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonGivesEveryValueALosslessTypedForm()
    {
        var outcome = await CliRunner.RunAsync("eval",
            "(2.0, -0.0, 0.0 / 0.0, \"NaN\", 12345678901234567890123L, 5L, (1, \"a, b\"), [\"x]\", \"\"], Std.Math.Complex(1.0, -2.0), 1..2..7, PauliY, One, ())",
            "--json", "--seed", "1");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        using var doc = JsonDocument.Parse(outcome.Out);
        var root = doc.RootElement;
        Assert.Equal("(Double, Double, Double, String, BigInt, BigInt, (Int, String), String[], Complex, Range, Pauli, Result, Unit)", root.GetProperty("type").GetString());
        var value = root.GetProperty("results")[0];
        Assert.Equal(
            """[2.0,-0.0,"NaN","NaN","12345678901234567890123","5",[1,"a, b"],["x]",""],[1.0,-2.0],{"start":1,"step":2,"end":7},"PauliY","One",null]""",
            JsonSerializer.Serialize(value));
    }

    [Fact]
    public async Task ThirtyEntangledQubitsAreReportedAsTheSimulatorRunningOutOfMemoryWithTheQubitCount()
    {
        using var project = new TempProject(("src/P.qs", """
            operation Wide(n : Int) : Unit {
                use qs = Qubit[n];
                for q in qs { H(q); }
                for j in 1..n - 1 { CZ(qs[j - 1], qs[j]); }
                for q in qs { T(q); H(q); }
                ResetAll(qs);
            }
            """));

        var outcome = await CliRunner.RunAsync("eval", "P.Wide(30)", "--project", project.Directory, "--seed", "1");

        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Contains("qml eval: The Q# simulator ran out of memory: its memory had grown to ", outcome.Err, StringComparison.Ordinal);
        Assert.Contains("The program has 30 qubits in use at once (traced without simulating): a general state of 30 qubits takes 16 GiB.", outcome.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("partially applied", outcome.Err, StringComparison.Ordinal);
        // The engine that crashed gets a fresh simulator: the next program runs.
        Assert.Equal("42", (await CliRunner.RunAsync("eval", "42")).Out.Trim());
    }
}
