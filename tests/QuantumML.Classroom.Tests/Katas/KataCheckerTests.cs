using System.Numerics;
using QuantumML.Classroom.Katas;
using QuantumML.QSharp;
using QuantumML.QSharp.Katas;

namespace QuantumML.Classroom.Tests.Katas;

public sealed class KataCheckerTests
{
    private const string StudentFile = "student/YGate.qs";
    private static readonly ExerciseCheckOptions Seeded = new() { Seed = 11, Timeout = TimeSpan.FromMinutes(1) };

    private static KataExercise YGate => SharedRuntime.Catalog.Find("single_qubit_gates__y_gate");

    private static Task<ExerciseCheck> CheckAsync(KataExercise exercise, string code, ExerciseCheckOptions? options = null) =>
        SharedRuntime.Checker.CheckAsync(exercise, StudentFile, code, options ?? Seeded);

    private static string ApplyY(string body) =>
        $"namespace Kata {{\n    operation ApplyY(q : Qubit) : Unit is Adj + Ctl {{\n        {body}\n    }}\n}}\n";

    [Fact]
    public async Task ARightSolutionPasses()
    {
        var check = await CheckAsync(YGate, ApplyY("Y(q);"));
        Assert.Equal(ExerciseVerdict.Passed, check.Verdict);
        Assert.Contains("Correct!", check.Messages);
        Assert.Empty(check.Diagnostics);
        Assert.Equal(Seeded.Seed, check.Seed);
    }

    [Fact]
    public async Task AWrongSolutionFailsWithTheCheckersMessagesAndTheFailingCase()
    {
        // X instead of Y: right up to a relative phase on each amplitude, which the checker must catch.
        var check = await CheckAsync(YGate, ApplyY("X(q);"));

        Assert.Equal(ExerciseVerdict.Failed, check.Verdict);
        Assert.Equal("Incorrect.", check.Messages.First());
        Assert.Empty(check.Diagnostics);
        // The checker prints the initial, the expected and the actual state, each after a message that names it.
        var dumps = check.Output.OfType<ExerciseStateDump>().Select(d => d.State).ToList();
        Assert.Equal(3, dumps.Count);
        var initial = dumps[0].Amplitudes;
        Complex[] expected = [-Complex.ImaginaryOne * initial[1], Complex.ImaginaryOne * initial[0]]; // Y = [[0, -i], [i, 0]]
        Complex[] actual = [initial[1], initial[0]];                                                   // X = [[0, 1], [1, 0]]
        AssertClose(expected, dumps[1].Amplitudes);
        AssertClose(actual, dumps[2].Amplitudes);
        var labels = check.Output.Select(o => o is ExerciseMessage m ? m.Text : "<dump>").ToList();
        Assert.Equal("<dump>", labels[labels.FindIndex(t => t.StartsWith("Expected quantum state", StringComparison.Ordinal)) + 1]);
    }

    [Fact]
    public async Task ACompileErrorIsLocatedInTheStudentsFile()
    {
        var check = await CheckAsync(YGate, ApplyY("Y(q);\n        let x = ;"));

        Assert.Equal(ExerciseVerdict.CompileError, check.Verdict);
        var error = check.Diagnostics[0];
        Assert.Equal(StudentFile, error.File);
        Assert.Equal(4, error.Line);
        Assert.Equal(17, error.Column);
        Assert.StartsWith("Qdk.Qsc.Parse", error.Code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingCallableIsNamedWhereTheVerificationCodeUsesIt()
    {
        var check = await CheckAsync(YGate, "namespace Kata {\n    operation ApplyYGate(q : Qubit) : Unit is Adj + Ctl { Y(q); }\n}\n");

        Assert.Equal(ExerciseVerdict.CompileError, check.Verdict);
        var error = Assert.Single(check.Diagnostics);
        Assert.Equal("single_qubit_gates__y_gate__Verification.qs", error.File);
        Assert.Contains("`Kata.ApplyY` not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARuntimeFailureIsLocatedWithAStackThatNamesTheStudentsFile()
    {
        var check = await CheckAsync(YGate, ApplyY("fail \"not done yet\";"));

        Assert.Equal(ExerciseVerdict.RuntimeError, check.Verdict);
        var error = Assert.Single(check.Diagnostics);
        Assert.Equal((StudentFile, 3, 9, "Qdk.Qsc.Eval.UserFail"), (error.File, error.Line, error.Column, error.Code));
        Assert.Contains($"Kata.ApplyY in {StudentFile}:3:9", error.Stack, StringComparison.Ordinal);
        Assert.Contains("Kata.Verification.CheckSolution in single_qubit_gates__y_gate__Verification.qs:", error.Stack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSameSeedRepeatsEveryOutcomeAndAnotherSeedDoesNot()
    {
        var exercise = SharedRuntime.Catalog.Find("single_qubit_measurements__distinguish_0_and_1");
        const string Coin = """
            namespace Kata {
                operation IsQubitZero(q : Qubit) : Bool {
                    use coin = Qubit();
                    H(coin);
                    Message($"coin {MResetZ(coin)}");
                    M(q) == Zero
                }
            }
            """;
        var first = await CheckAsync(exercise, Coin, Seeded with { Seed = 5 });
        var again = await CheckAsync(exercise, Coin, Seeded with { Seed = 5 });
        var other = await CheckAsync(exercise, Coin, Seeded with { Seed = 6 });

        Assert.Equal(ExerciseVerdict.Passed, first.Verdict);
        var coins = first.Messages.Where(m => m.StartsWith("coin", StringComparison.Ordinal)).ToList();
        Assert.True(coins.Count >= 20, $"only {coins.Count} coin flips");
        Assert.Equal(first.Messages, again.Messages);
        Assert.NotEqual(first.Messages, other.Messages);
    }

    [Fact]
    public async Task AnEndlessLoopStopsAtTheTimeLimitAndTheNextCheckRuns()
    {
        var exercise = SharedRuntime.Catalog.Find("single_qubit_measurements__distinguish_0_and_1");
        const string Loop = "namespace Kata {\n    operation IsQubitZero(q : Qubit) : Bool {\n        mutable i = 0;\n        while true { set i += 1; }\n        true\n    }\n}\n";

        var error = await Assert.ThrowsAsync<QSharpTimeoutException>(() => CheckAsync(exercise, Loop, Seeded with { Timeout = TimeSpan.FromSeconds(2) }));
        Assert.Equal(TimeSpan.FromSeconds(2), error.Limit);
        Assert.True((await CheckAsync(exercise, exercise.ReferenceSolution)).Passed);
    }

    private static void AssertClose(Complex[] expected, Complex[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Complex.Abs(expected[i] - actual[i]) < 1e-9, $"amplitude {i}: expected {expected[i]}, got {actual[i]}");
    }
}
