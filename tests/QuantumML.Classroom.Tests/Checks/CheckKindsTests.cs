using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Grading;

namespace QuantumML.Classroom.Tests.Checks;

/// <summary>Grades the check-kinds sample submissions once: one exercise per check kind, against solutions that are right,
/// wrong by one gate, wrong by a relative phase, wrong on the controlled variant only, or off by a global phase.</summary>
public sealed class CheckKindsFixture : IAsyncLifetime
{
    public Gradebook Gradebook { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Gradebook = await new Grader(SharedRuntime.Instance).GradeAsync(
            AssignmentLoader.Load(TestPaths.CheckKinds), Submission.ReadAll(TestPaths.Submissions("check-kinds")));

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class CheckKindsTests(CheckKindsFixture fixture) : IClassFixture<CheckKindsFixture>
{
    private ExerciseGrade Grade(string student, string exercise) =>
        fixture.Gradebook.Students.Single(s => s.Student == student).Exercises.Single(e => e.Exercise.Id == exercise);

    private void AssertWrong(string student, string exercise, string message)
    {
        var grade = Grade(student, exercise);
        Assert.True(grade.Status == GradeStatus.Wrong, $"{student}/{exercise}: {grade.Status} {grade.Message}");
        Assert.Contains(message, grade.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACorrectSolutionPassesEveryKind() =>
        Assert.All(fixture.Gradebook.Students.Single(s => s.Student == "correct").Exercises, e => Assert.Equal(GradeStatus.Passed, e.Status));

    [Fact]
    public void AGlobalPhasePasses() =>
        Assert.All(fixture.Gradebook.Students.Single(s => s.Student == "global-phase").Exercises, e => Assert.Equal(GradeStatus.Passed, e.Status));

    [Fact]
    public void OneWrongGateFailsEveryKindWithItsOwnMessage()
    {
        AssertWrong("one-gate", "layer", "on input (theta = 0.3), ApplyLayer is not the reference's operation, even up to a global phase (compared on its 2-qubit register entangled with 2 auxiliary qubits)");
        AssertWrong("one-gate", "cost", "on input (gamma = 0.4), ApplyCost is not the reference's operation");
        AssertWrong("one-gate", "state", "on a register of 2 qubits, the state PrepareState prepares from |0…0⟩ has fidelity 0.5 with the reference's");
        AssertWrong("one-gate", "encode", "the state Encode prepares from |0…0⟩ has fidelity 0.");
        AssertWrong("one-gate", "ansatz", "Ansatz is not the reference's operation");
        // 2 arccos √0.25 = 2π/3 where 2 arcsin √0.25 = π/3.
        AssertWrong("one-gate", "angle", "on input (p = 0.25), Angle returned 2.0943951023931957; the reference returns 1.0471975511965979");
        AssertWrong("one-gate", "coin", "on input (theta = 1.0), the outcomes of Coin are not distributed like the reference's");
        // cos(1.2)·cos(0.3) = 0.3462: the student measured only Z₁.
        AssertWrong("one-gate", "expect", "on input (x = [1.2, 0.3], shots = 400), EstimateZZ estimated 0.");
        AssertWrong("one-gate", "expect", "the exact ⟨Z₀Z₁⟩ is 0.3462 (accepted error ±0.2)");
        // ∂/∂t₀ of cos t₀ cos t₁ at (0.8, −0.5) is −sin 0.8 · cos 0.5 = −0.6295.
        AssertWrong("one-gate", "gradient", "the parameter-shift rule gives -0.6295 (accepted error ±0.25)");
    }

    [Fact]
    public void ARelativePhaseFailsTheUnitaryKinds()
    {
        AssertWrong("relative-phase", "layer", "ApplyLayer is not the reference's operation, even up to a global phase");
        AssertWrong("relative-phase", "cost", "ApplyCost is not the reference's operation, even up to a global phase");
        AssertWrong("relative-phase", "state", "has fidelity 0 with the reference's");
        AssertWrong("relative-phase", "encode", "the state Encode prepares from |0…0⟩ has fidelity 0.");
        AssertWrong("relative-phase", "ansatz", "Ansatz is not the reference's operation, even up to a global phase");
        Assert.All(new[] { "angle", "coin", "expect", "gradient" }, e => Assert.Equal(GradeStatus.Passed, Grade("relative-phase", e).Status));
    }

    [Fact]
    public void AnErrorOnTheControlledVariantOnlyIsNamedSo()
    {
        // A phase that is global for the layer (Rz(π/2) for S), and a controlled specialization that forgets to control its CNOT.
        AssertWrong("controlled-only", "layer", "on input (theta = 0.3), Controlled ApplyLayer differs from the reference's; the operation itself matches");
        AssertWrong("controlled-only", "ansatz", "Controlled Ansatz differs from the reference's; the operation itself matches");
        Assert.Equal(7, fixture.Gradebook.Students.Single(s => s.Student == "controlled-only").Points);
    }

    [Fact]
    public void AFailureALoopAndTooManyQubitsCostOnlyTheirOwnExercises()
    {
        var student = fixture.Gradebook.Students.Single(s => s.Student == "misbehaving");

        Assert.Equal("runtime-error pass time-limit pass pass pass qubit-limit pass pass", string.Join(' ', student.Exercises.Select(e => e.Status.Name())));
        Assert.Equal("misbehaving/Kinds.qs:8:5: runtime error: program failed: theta is too large, on input (theta = 1.7)", Grade("misbehaving", "layer").Message);
        // The loop is found by the qubit trace, before anything is simulated.
        Assert.Equal("misbehaving/Kinds.qs:17:11: PrepareState did not finish within the time limit of 12 s, on a register of 2 qubits (an infinite loop, or far too much to simulate?)", Grade("misbehaving", "state").Message);
        // An operation that measures is traced too, as long as it does not branch on the outcome: its qubits are caught before
        // it runs, at the allocation of the highest one.
        Assert.Equal("misbehaving/Kinds.qs:45:5: Coin has 21 qubits in use at once; this exercise allows 12", Grade("misbehaving", "coin").Message);
    }

    [Fact]
    public void AHelperThatDoesNotCompileCostsTheExercisesThatCallIt()
    {
        var student = fixture.Gradebook.Students.Single(s => s.Student == "broken-helper");

        Assert.Equal(8, student.Points);
        Assert.Equal(GradeStatus.CompileError, Grade("broken-helper", "angle").Status);
        Assert.Equal("broken-helper/Kinds.qs:39:5: calls Twice, which does not compile (broken-helper/Kinds.qs:35:9: type error: expected Double, found Int)", Grade("broken-helper", "angle").Message);
    }
}
