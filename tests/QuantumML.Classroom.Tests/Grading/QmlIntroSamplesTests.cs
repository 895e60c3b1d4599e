using System.Security.Cryptography;
using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Grading;
using QuantumML.Classroom.Reports;

namespace QuantumML.Classroom.Tests.Grading;

/// <summary>Grades the six sample submissions of qml-intro twice (and the perfect one alone) once for all tests here.</summary>
public sealed class QmlIntroSamplesFixture : IAsyncLifetime
{
    /// <summary>Long enough for every correct exercise on a busy machine; the infinite loop costs this much.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(8);

    public Assignment Assignment { get; } = AssignmentLoader.Load(TestPaths.QmlIntro);
    public string Folder { get; } = TestPaths.Submissions("qml-intro");
    public Gradebook First { get; private set; } = null!;
    public Gradebook Second { get; private set; } = null!;
    public Gradebook PerfectAlone { get; private set; } = null!;
    public string FirstOut { get; } = TestPaths.TempFolder();
    public string SecondOut { get; } = TestPaths.TempFolder();
    public string SubmissionsBefore { get; private set; } = "";
    public string SubmissionsAfter { get; private set; } = "";

    public async Task InitializeAsync()
    {
        SubmissionsBefore = Fingerprint(Folder);
        var grader = new Grader(SharedRuntime.Instance);
        var options = new GradingOptions { TimeLimit = TimeLimit };
        First = await grader.GradeAsync(Assignment, Submission.ReadAll(Folder), options);
        GradebookWriter.Write(First, FirstOut);
        Second = await grader.GradeAsync(Assignment, Submission.ReadAll(Folder), options);
        GradebookWriter.Write(Second, SecondOut);
        PerfectAlone = await grader.GradeAsync(Assignment, Submission.ReadAll(Folder).Where(s => s.Student == "perfect").ToList(), options with { CheckReference = false });
        SubmissionsAfter = Fingerprint(Folder);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Every file's path, size, time and content hash.</summary>
    private static string Fingerprint(string folder) => string.Join("\n", Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal)
        .Select(p => File.Exists(p)
            ? $"{p} {new FileInfo(p).Length} {File.GetLastWriteTimeUtc(p):O} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p)))}"
            : $"{p}/ {Directory.GetLastWriteTimeUtc(p):O}"));
}

public sealed class QmlIntroSamplesTests(QmlIntroSamplesFixture fixture) : IClassFixture<QmlIntroSamplesFixture>
{
    /// <summary>The expected gradebook: every student's status on every exercise, in assignment order.</summary>
    public static TheoryData<string, string> Expected() => new()
    {
        { "perfect", "pass pass pass pass pass pass pass pass pass" },
        { "partially-wrong", "pass wrong wrong pass wrong pass pass pass wrong" },
        { "not-compiling", "pass pass pass pass pass pass pass pass compile-error" },
        { "infinite-loop", "pass pass pass pass pass time-limit pass pass pass" },
        { "forty-qubits", "qubit-limit pass pass pass pass pass pass pass pass" },
        { "missing-callable", "pass pass pass pass missing pass pass pass pass" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void EachStudentGetsTheExpectedStatusAndPointsOnEveryExercise(string student, string statuses)
    {
        var grade = fixture.First.Students.Single(s => s.Student == student);

        Assert.Equal(statuses, string.Join(' ', grade.Exercises.Select(e => e.Status.Name())));
        Assert.All(grade.Exercises, e => Assert.Equal(e.Status == GradeStatus.Passed ? e.Exercise.Points : 0, e.Points));
        Assert.All(grade.Exercises, e => Assert.Equal(e.Status == GradeStatus.Passed, e.Message.Length == 0));
    }

    [Fact]
    public void TheTotalsAreAsExpected() =>
        Assert.Equal(
            [("forty-qubits", 18), ("infinite-loop", 18), ("missing-callable", 17), ("not-compiling", 18), ("partially-wrong", 11), ("perfect", 20)],
            fixture.First.Students.Select(s => (s.Student, s.Points)));

    private string Message(string student, string exercise) =>
        fixture.First.Students.Single(s => s.Student == student).Exercises.Single(e => e.Exercise.Id == exercise).Message;

    [Fact]
    public void EachIsolationFailureIsLocatedInTheStudentsFile()
    {
        Assert.Equal("forty-qubits/Exercises.qs:11:5: PrepareBasisState has 43 qubits in use at once; this exercise allows 8 (its 3-qubit register included)",
            Message("forty-qubits", "basis-encoding"));
        Assert.Equal("infinite-loop/Exercises.qs:69:11: EstimateExpectationZ did not finish within the time limit of 8 s, on input (features = [0.3, 0.5, 0.9], shots = 1000) (an infinite loop, or far too much to simulate?)",
            Message("infinite-loop", "expectation-z"));
        Assert.Equal("missing-callable/Exercises.qs:1:1: no callable named SwapTest; the exercise asks for 'operation SwapTest(x : Double[], y : Double[]) : Result'",
            Message("missing-callable", "swap-test"));
        Assert.Equal("not-compiling/Exercises.qs:127:24: type error: expected Double, found Int",
            Message("not-compiling", "cut-value"));
    }

    [Fact]
    public void EachWrongAnswerSaysWhatFailedAndOnWhichInput()
    {
        Assert.Matches(@"^partially-wrong/Exercises\.qs:20:11: on input \(features = \[.+\]\), the state ApplyAngleEncoding prepares from \|0…0⟩ has fidelity 0\.\d+ with the reference's",
            Message("partially-wrong", "angle-encoding"));
        Assert.Matches(@"^partially-wrong/Exercises\.qs:28:11: on input \(parameters = \[.+\]\), Controlled ApplyRotationLayer differs from the reference's; the operation itself matches",
            Message("partially-wrong", "rotation-layer"));
        Assert.Matches(@"^partially-wrong/Exercises\.qs:46:11: on input \(x = \[0\.5, 2\.0\], y = \[1\.5, 0\.2\]\), the outcomes of SwapTest are not distributed like the reference's: yours \{.+\} of 400, the reference's \{.+\} of 2000; chi-squared [\d.]+ with 1 degree\(s\) of freedom, p .+ < significance 0\.001",
            Message("partially-wrong", "swap-test"));
        Assert.Equal("partially-wrong/Exercises.qs:122:10: on input (edges = [(0, 1), (1, 2), (2, 3), (3, 0)], bits = [true, false, true, false]), CutValue returned 0; the reference returns 4",
            Message("partially-wrong", "cut-value"));
    }

    [Fact]
    public void GradingTheSameFolderTwiceWritesTheSameGradesCsv() =>
        Assert.Equal(File.ReadAllBytes(Path.Combine(fixture.FirstOut, GradesCsv.FileName)), File.ReadAllBytes(Path.Combine(fixture.SecondOut, GradesCsv.FileName)));

    [Fact]
    public void AStudentsGradeDoesNotDependOnTheOtherStudents() =>
        Assert.Equal(
            fixture.First.Students.Single(s => s.Student == "perfect").Exercises,
            Assert.Single(fixture.PerfectAlone.Students).Exercises);

    [Fact]
    public void GradingNeverWritesIntoTheSubmissionsFolder() => Assert.Equal(fixture.SubmissionsBefore, fixture.SubmissionsAfter);

    [Fact]
    public void TheGradebookHasItsReportHistogramAndOneFeedbackFilePerStudent()
    {
        var markdown = File.ReadAllText(Path.Combine(fixture.FirstOut, GradesMarkdown.FileName));
        Assert.Contains("| partially-wrong | [partially-wrong](feedback/partially-wrong.md) | 2 | 0 (wrong) | 0 (wrong) | 2 | 0 (wrong) | 2 | 3 | 2 | 0 (wrong) | **11** |", markdown, StringComparison.Ordinal);
        Assert.Contains("![Histogram of total scores](scores.png)", markdown, StringComparison.Ordinal);
        Assert.Contains("| 18 | 3 | ███ |", markdown, StringComparison.Ordinal);
        var png = File.ReadAllBytes(Path.Combine(fixture.FirstOut, ScoreHistogram.FileName));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(
            ["forty-qubits.md", "infinite-loop.md", "missing-callable.md", "not-compiling.md", "partially-wrong.md", "perfect.md"],
            Directory.GetFiles(Path.Combine(fixture.FirstOut, FeedbackMarkdown.Folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var feedback = File.ReadAllText(Path.Combine(fixture.FirstOut, FeedbackMarkdown.Folder, "partially-wrong.md"));
        Assert.Contains("**11 / 20 points.**", feedback, StringComparison.Ordinal);
        Assert.Contains("- An edge (i, j) is cut when bits[i] != bits[j].", feedback, StringComparison.Ordinal);
        Assert.Contains("CutValue returned 0; the reference returns 4", feedback, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(fixture.FirstOut, "*.tmp*", SearchOption.AllDirectories));
    }
}
