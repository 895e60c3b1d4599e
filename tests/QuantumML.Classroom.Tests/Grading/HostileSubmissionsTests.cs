using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Grading;
using QuantumML.Classroom.Reports;

namespace QuantumML.Classroom.Tests.Grading;

/// <summary>Grades the hostile class of qml-intro (Samples/submissions/hostile: forged results, a message flood, calls to the
/// reference, an infinite loop, thirty qubits, a compile error, names that collide once cleaned, a hidden file) beside an honest
/// submission, once for all tests here, and the honest one alone.</summary>
public sealed class HostileClassFixture : IAsyncLifetime
{
    /// <summary>Long enough for every correct exercise on a busy machine; each loop costs this much.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(8);

    public Assignment Assignment { get; } = AssignmentLoader.Load(TestPaths.QmlIntro);
    public string Folder { get; } = TestPaths.Submissions("hostile");
    public Gradebook Class { get; private set; } = null!;
    public Gradebook HonestAlone { get; private set; } = null!;
    public string Out { get; } = TestPaths.TempFolder();

    public async Task InitializeAsync()
    {
        var grader = new Grader(SharedRuntime.Instance);
        var options = new GradingOptions { TimeLimit = TimeLimit };
        var scan = SubmissionReader.Read(Folder);
        Class = await grader.GradeAsync(Assignment, scan.Submissions, options) with { Ignored = scan.Ignored };
        GradebookWriter.Write(Class, Out);
        HonestAlone = await grader.GradeAsync(Assignment, scan.Submissions.Where(s => s.Student == "honest").ToList(), options with { CheckReference = false });
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed class HostileSubmissionsTests(HostileClassFixture fixture) : IClassFixture<HostileClassFixture>
{
    /// <summary>Every student's status on every exercise, in assignment order: basis-encoding, angle-encoding, rotation-layer,
    /// entangling-layer, swap-test, expectation-z, parameter-shift, qaoa-cost-layer, cut-value.</summary>
    public static TheoryData<string, string> Expected() => new()
    {
        { "honest", "pass pass pass pass pass pass pass pass pass" },
        // Its printed "facts" are ignored: SwapTest's own outcomes (all Zero) and CutValue's 0 are judged.
        { "forger", "pass pass pass pass wrong pass pass pass wrong" },
        // Forged begins never restart the limit; the flood stops at the output limit, and a line per shot elsewhere is fine.
        { "flooder", "pass pass pass pass pass pass pass pass output-limit" },
        { "reference-caller", "compile-error pass pass pass pass pass pass pass compile-error" },
        { "looper", "pass pass pass pass time-limit pass pass pass pass" },
        // The 30 qubits of the encoding are traced before anything runs; SwapTest's branch on a measurement cannot be traced, so
        // it is simulated until its time limit or the simulator's memory stops it, whichever comes first (it depends on the
        // machine); EstimateExpectationZ calls the 33-qubit encoding 1000 times and is stopped the same way.
        { "thirty-qubits", "pass qubit-limit pass pass STOPPED STOPPED pass pass pass" },
        // ShiftGradient calls ApplyRotationLayer through ExpectationOfModel, so the parameter shift does not compile either.
        { "compile-error", "pass pass compile-error pass pass pass compile-error pass pass" },
        { "a,b", "pass pass pass pass pass pass pass pass pass" },
        { "a b", "pass pass pass pass pass pass pass pass pass" },
        { "a_b", "pass pass pass pass pass pass pass pass pass" },
        { ".hidden", "pass pass pass pass pass pass pass pass wrong" },
    };

    private StudentGrade Student(string name) => fixture.Class.Students.Single(s => s.Student == name);

    private string Message(string student, string exercise) => Student(student).Exercises.Single(e => e.Exercise.Id == exercise).Message;

    [Theory]
    [MemberData(nameof(Expected))]
    public void EachStudentGetsTheExpectedStatusOnEveryExercise(string student, string statuses)
    {
        var grade = Student(student);

        Assert.Matches("^" + statuses.Replace("STOPPED", "(time-limit|runtime-error)", StringComparison.Ordinal) + "$", string.Join(' ', grade.Exercises.Select(e => e.Status.Name())));
        Assert.All(grade.Exercises, e => Assert.Equal(e.Status == GradeStatus.Passed ? e.Exercise.Points : 0, e.Points));
    }

    [Fact]
    public void EveryStudentIsGradedAndNothingIsSkipped()
    {
        Assert.Equal(Expected().Select(row => (string)row[0]).Order(StringComparer.Ordinal), fixture.Class.Students.Select(s => s.Student));
        Assert.Empty(fixture.Class.Ignored);
    }

    [Fact]
    public void TheHonestGradeIsTheSameAsWhenGradedAlone()
    {
        Assert.Equal(20, Student("honest").Points);
        Assert.Equal(Assert.Single(fixture.HonestAlone.Students).Exercises, Student("honest").Exercises);
    }

    [Fact]
    public void EveryHostileFailureIsLocatedInTheStudentsFileAndSaysWhy()
    {
        Assert.Matches(@"^forger/Exercises\.qs:42:11: on input \(x = \[0\.5, 2\.0\], y = \[1\.5, 0\.2\]\), the outcomes of SwapTest are not distributed like the reference's: yours \{Zero: 400\} of 400, ",
            Message("forger", "swap-test"));
        Assert.Equal("forger/Exercises.qs:121:10: on input (edges = [(0, 1), (1, 2), (2, 3), (3, 0)], bits = [true, false, true, false]), CutValue returned 0; the reference returns 4",
            Message("forger", "cut-value"));
        Assert.Equal("flooder/Exercises.qs:116:10: too much output: CutValue printed more than 10000 messages and state dumps, or 4 MiB, while it was checked, on input (edges = [(0, 1), (1, 2), (2, 3), (3, 0)], bits = [true, false, true, false])",
            Message("flooder", "cut-value"));
        Assert.Equal("reference-caller/Exercises.qs:9:5: name error: `QmlReference0.PrepareBasisState` not found (a submission cannot call the assignment's reference or its checks)",
            Message("reference-caller", "basis-encoding"));
        Assert.Equal("reference-caller/Exercises.qs:112:5: name error: `Reference.QmlReferenceExports.CutValue` not found (a submission cannot call the assignment's reference or its checks)",
            Message("reference-caller", "cut-value"));
        Assert.Equal("looper/Exercises.qs:42:11: SwapTest did not finish within the time limit of 8 s, on input (x = [0.5, 2.0], y = [1.5, 0.2]) (an infinite loop, or far too much to simulate?)",
            Message("looper", "swap-test"));
        Assert.Equal("thirty-qubits/Exercises.qs:18:5: ApplyAngleEncoding has 33 qubits in use at once; this exercise allows 8 (its 3-qubit register included)",
            Message("thirty-qubits", "angle-encoding"));
        Assert.Matches(@"^thirty-qubits/Exercises\.qs:51:11: (SwapTest did not finish within the time limit of 8 s|the simulator ran out of memory while checking SwapTest), on input \(x = \[0\.5, 2\.0\], y = \[1\.5, 0\.2\]\)",
            Message("thirty-qubits", "swap-test"));
        Assert.Equal("compile-error/Exercises.qs:25:26: syntax error: expected `)`, found identifier", Message("compile-error", "rotation-layer"));
        Assert.StartsWith(".hidden.qs:115:10: on input (edges = ", Message(".hidden", "cut-value"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheWholeClassFinishesWithinItsTimeLimits()
    {
        // Each student runs at most every exercise's limit once, after a compile (60 s at most) per pass; a flood or a forged
        // begin once kept a run going for ever. Eleven students graded one after the other would fit this bound.
        var perStudent = fixture.Assignment.Exercises.Count * HostileClassFixture.TimeLimit + TimeSpan.FromSeconds(60);
        Assert.True(fixture.Class.Elapsed < fixture.Class.Students.Count * perStudent, $"took {fixture.Class.Elapsed}");
    }

    [Fact]
    public void CollidingNamesGetTheirOwnIdsAndFeedbackFilesWhileTheGradebookListsTheOriginalNames()
    {
        var ids = fixture.Class.Students.Select(s => s.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("a_b", Student("a_b").Id);
        Assert.Matches("^a_b-[0-9a-f]{8}$", Student("a,b").Id);
        Assert.Matches("^a_b-[0-9a-f]{8}$", Student("a b").Id);
        Assert.Matches("^_hidden-[0-9a-f]{8}$", Student(".hidden").Id);
        Assert.Equal(ids.Select(id => id + ".md").Order(StringComparer.Ordinal),
            Directory.GetFiles(Path.Combine(fixture.Out, FeedbackMarkdown.Folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("feedback for a,b", File.ReadAllText(Path.Combine(fixture.Out, FeedbackMarkdown.Folder, Student("a,b").Id + ".md")), StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(fixture.Out, GradesMarkdown.FileName));
        Assert.Contains($"| a,b | [{Student("a,b").Id}](feedback/{Student("a,b").Id}.md) |", markdown, StringComparison.Ordinal);
        Assert.Contains($"| a b | [{Student("a b").Id}](feedback/{Student("a b").Id}.md) |", markdown, StringComparison.Ordinal);
        var csv = File.ReadAllLines(Path.Combine(fixture.Out, GradesCsv.FileName));
        Assert.Contains($"{Student("a,b").Id},\"a,b\",cut-value,2,2,pass,", csv);
    }

    [Fact]
    public void TheExportsHoldEveryStudentsTotal()
    {
        var nbgrader = File.ReadAllLines(Path.Combine(fixture.Out, NbgraderCsv.FileName));
        Assert.Equal("assignment,duedate,timestamp,student_id,last_name,first_name,email,raw_score,late_submission_penalty,score,max_score", nbgrader[0]);
        Assert.Contains("qml-intro,,,flooder,,,,18.0,0.0,18.0,20.0", nbgrader);
        Assert.Equal(fixture.Class.Students.Count + 1, nbgrader.Length);
        var canvas = File.ReadAllLines(Path.Combine(fixture.Out, LmsCsv.FileName));
        Assert.Equal(["Student,ID,SIS User ID,SIS Login ID,Section,qml-intro", "Points Possible,,,,,20"], canvas[..2]);
        Assert.Contains("\"a,b\",,,\"a,b\",,20", canvas);
        Assert.Contains("thirty-qubits,,,thirty-qubits,,13", canvas);
    }
}
