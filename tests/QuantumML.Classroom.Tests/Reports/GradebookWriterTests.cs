using QuantumML.Classroom.Assignments;
using QuantumML.Classroom.Grading;
using QuantumML.Classroom.Reports;

namespace QuantumML.Classroom.Tests.Reports;

public sealed class GradebookWriterTests : IDisposable
{
    private readonly string _dir = TestPaths.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>One student, with <paramref name="points"/> on the first exercise and every other passed.</summary>
    private static Gradebook Book(int points)
    {
        var assignment = AssignmentLoader.Load(TestPaths.QmlIntro);
        var e = assignment.Exercises[0];
        var first = new ExerciseGrade(e, points == e.Points ? GradeStatus.Passed : GradeStatus.Wrong, points == e.Points ? "" : "a.qs:1:1: wrong");
        return new Gradebook(assignment,
            [new StudentGrade("ada", [first, .. assignment.Exercises.Skip(1).Select(x => new ExerciseGrade(x, GradeStatus.Passed, ""))])], TimeSpan.Zero);
    }

    /// <summary>Every file under <paramref name="folder"/> with its bytes.</summary>
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public void ANewFolderGetsEveryFileAndNothingElse()
    {
        var folder = Path.Combine(_dir, "new", "grades");

        GradebookWriter.Write(Book(2), folder);

        Assert.Equal(GradebookWriter.Files(Book(2)).Order(StringComparer.Ordinal), Snapshot(folder).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["grades"], Directory.GetFileSystemEntries(Path.Combine(_dir, "new")).Select(Path.GetFileName));
    }

    [Fact]
    public void AFailedWriteLeavesTheOldGradebookAsItWasAndNoStagingBehind()
    {
        var folder = Path.Combine(_dir, "grades");
        GradebookWriter.Write(Book(2), folder);
        var before = Snapshot(folder);
        // A file where the new gradebook's feedback folder must go: the write fails after staging everything, before moving anything.
        Directory.Delete(Path.Combine(folder, FeedbackMarkdown.Folder), recursive: true);
        File.WriteAllText(Path.Combine(folder, FeedbackMarkdown.Folder), "in the way");
        before.Remove(Path.Combine(FeedbackMarkdown.Folder, "ada.md"));
        before[FeedbackMarkdown.Folder] = "in the way"u8.ToArray();

        var e = Assert.Throws<GradebookWriteException>(() => GradebookWriter.Write(Book(0), folder));

        Assert.EndsWith("; nothing was written", e.Message, StringComparison.Ordinal);
        Assert.StartsWith(folder + ": could not write the gradebook (", e.Message, StringComparison.Ordinal);
        var after = Snapshot(folder);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, p => Assert.Equal(p.Value, after[p.Key]));
    }

    [Fact]
    public void AnExistingFolderGetsTheNewFilesInPlaceOfTheOld()
    {
        var folder = Path.Combine(_dir, "grades");
        GradebookWriter.Write(Book(2), folder);

        GradebookWriter.Write(Book(0), folder);

        Assert.Contains("ada,ada,basis-encoding,0,2,wrong,a.qs:1:1: wrong", File.ReadAllText(Path.Combine(folder, GradesCsv.FileName)), StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(folder, ".writing-*"));
    }

    [Fact]
    public void ANameOrMessageIsShownAsTextInMarkdownNeverAsHtmlOrAnotherCell()
    {
        var assignment = AssignmentLoader.Load(TestPaths.QmlIntro);
        var grades = assignment.Exercises.Select((x, i) => new ExerciseGrade(x, i == 0 ? GradeStatus.Wrong : GradeStatus.Passed, i == 0 ? "a.qs:1:1: p < 1e-15 <b>bold</b> | next" : "")).ToList();
        var book = new Gradebook(assignment, [new StudentGrade("<img src=x onerror=alert(1)>|x", grades)], TimeSpan.Zero);

        var markdown = GradesMarkdown.Render(book);
        var feedback = FeedbackMarkdown.Render(assignment, book.Students[0]);

        Assert.Contains("| &lt;img src=x onerror=alert(1)>\\|x |", markdown, StringComparison.Ordinal);
        Assert.Contains("a.qs:1:1: p < 1e-15 &lt;b>bold&lt;/b> \\| next |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", markdown, StringComparison.Ordinal);
        Assert.Contains("feedback for &lt;img src=x onerror=alert(1)>|x", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", feedback, StringComparison.Ordinal);
    }
}
