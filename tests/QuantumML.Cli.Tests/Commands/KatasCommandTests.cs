using System.Text.RegularExpressions;
using QuantumML.Classroom.Katas;
using QuantumML.QSharp;

namespace QuantumML.Cli.Tests.Commands;

public sealed class KatasCommandTests : IDisposable
{
    private const string YGate = "single_qubit_gates__y_gate";
    private readonly string _folder = Directory.CreateTempSubdirectory("qml-katas-").FullName;

    private static KataCatalog Catalog { get; } = KataCatalog.Load(new QSharpRuntime());

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task ListPrintsEveryKataAndEveryExerciseWithItsTitle()
    {
        var outcome = await CliRunner.RunAsync("katas", "list");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        var lines = outcome.Out.Split('\n');
        foreach (var kata in Catalog.Katas)
            Assert.Contains(lines, l => l.StartsWith($"{kata.Title} ({kata.Id}: ", StringComparison.Ordinal));
        foreach (var exercise in Catalog.Exercises)
            Assert.Contains(lines, l => l.StartsWith("  " + exercise.Id + " ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(exercise.Title, StringComparison.Ordinal));
        Assert.Contains($"{Catalog.Katas.Count} katas, {Catalog.Exercises.Count} exercises", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowRendersTheTaskForATerminalAndPrintsTheTemplate()
    {
        var outcome = await CliRunner.RunAsync("katas", "show", "preparing_states__all_bell_states", "--width", "100");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.StartsWith("All Bell States (preparing_states__all_bell_states)\n", outcome.Out, StringComparison.Ordinal);
        // Markdown: bold markers gone, a numbered list, math made readable, the HTML table as text.
        Assert.Contains("\nGoal: Change the state of the qubits", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("\n1. Two qubits in the |00⟩ state", outcome.Out, StringComparison.Ordinal);
        Assert.Matches(@"\n  1\s+│ \|Φ⁻⟩ = 1/√2 \(\|00⟩ - \|11⟩\)\n", outcome.Out);
        Assert.DoesNotContain("\\ket", outcome.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<td", outcome.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("**", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("\n    namespace Kata {\n        operation AllBellStates (qs : Qubit[], index : Int) : Unit is Adj + Ctl {", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowWithWriteWritesTheTemplateAndNeverOverwritesWithoutForce()
    {
        var file = Path.Combine(_folder, "Y.qs");
        var first = await CliRunner.RunAsync("katas", "show", YGate, "--write", file);
        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.Equal(Catalog.Find(YGate).Template, File.ReadAllText(file));
        Assert.Contains($"qml katas check {YGate} {file}", first.Out, StringComparison.Ordinal);

        File.WriteAllText(file, "// my work");
        var again = await CliRunner.RunAsync("katas", "show", YGate, "--write", file);
        Assert.Equal(ExitCodes.InvalidInput, again.ExitCode);
        Assert.Equal($"qml katas show: {file}: already exists; --force overwrites it.\n", again.Err);
        Assert.Equal("// my work", File.ReadAllText(file));

        var forced = await CliRunner.RunAsync("katas", "show", YGate, "--write", file, "--force");
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.Equal(Catalog.Find(YGate).Template, File.ReadAllText(file));
        Assert.Equal(["Y.qs"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("show")]
    [InlineData("check")]
    public async Task AnUnknownIdExitsTwoWithOneMessageThatSuggestsCloseIds(string command)
    {
        var file = Write("Y.qs", "namespace Kata {}");
        var outcome = await CliRunner.RunAsync(command == "show" ? ["katas", "show", "single_qubit_gates__y_gaet"] : ["katas", "check", "y_gate", file]);

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        var line = Assert.Single(outcome.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"qml katas {command}: no kata exercise has the id ", line, StringComparison.Ordinal);
        Assert.Contains($"did you mean {YGate}", line, StringComparison.Ordinal);
        Assert.Empty(outcome.Out);
    }

    [Fact]
    public async Task CheckOfAMissingFileExitsTwoNamingIt()
    {
        var missing = Path.Combine(_folder, "Nope.qs");
        var outcome = await CliRunner.RunAsync("katas", "check", YGate, missing);

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.StartsWith($"qml katas check: {missing}: no such file", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckPassesTheReferenceSolution()
    {
        var file = Write("Y.qs", Catalog.Find(YGate).ReferenceSolution);
        var outcome = await CliRunner.RunAsync("katas", "check", YGate, file, "--seed", "3");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Equal($"Correct!\nPASS {YGate} (The Y Gate)\n", outcome.Out);
        Assert.StartsWith("seed 3 · ", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckFailsTheTemplateWithTheCheckersMessagesAndTheFailingCase()
    {
        var file = Write("Y.qs", Catalog.Find(YGate).Template);
        var outcome = await CliRunner.RunAsync("katas", "check", YGate, file);

        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.StartsWith("Incorrect.\n", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("Expected quantum state after applying the operation:\nState (1 qubit(s), qubit 0 leftmost):\n  |0⟩    0.000000 - 0.800000i", outcome.Out, StringComparison.Ordinal);
        Assert.EndsWith($"FAIL {YGate} (The Y Gate): the checker's messages above describe the failing case.\n", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckReportsACompileErrorAtTheStudentsFileLineAndColumn()
    {
        var file = Write("Y.qs", "namespace Kata {\n    operation ApplyY(q : Qubit) : Unit is Adj + Ctl {\n        Y(q)\n        H(q);\n    }\n}\n");
        var outcome = await CliRunner.RunAsync("katas", "check", YGate, file);

        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Matches($@"^{Regex.Escape(file)}:3:13: error Qdk\.Qsc\.Parse\.\w+: ", outcome.Err);
        Assert.Contains("does not compile", outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckOfAnEndlessLoopStopsAtTheTimeLimitAndFails()
    {
        var file = Write("Loop.qs", "namespace Kata {\n    function EvenPowerOfI(n : Int) : Int {\n        mutable i = 0;\n        while true { set i += 1; }\n        i\n    }\n}\n");
        var outcome = await CliRunner.RunAsync("katas", "check", "complex_arithmetic__powers_of_i", file, "--timeout", "1");

        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Contains("time limit of 1 s", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BenchKatasChecksEveryReferenceSolutionAndTemplateOfAKata()
    {
        var outcome = await CliRunner.RunAsync("bench", "katas", "--kata", "superdense_coding", "--templates", "--engines", "1");

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Contains("reference solutions: 4 checks of 4 exercises, 4 passed;", outcome.Out, StringComparison.Ordinal);
        Assert.Contains("templates: 4 checks of 4 exercises, 4 failed, as expected;", outcome.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("UNEXPECTED", outcome.Out, StringComparison.Ordinal);
    }
}
