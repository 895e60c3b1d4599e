using System.Diagnostics;
using QuantumML.Classroom.Grading;

namespace QuantumML.Classroom.Tests.Grading;

public sealed class SubmissionReaderTests : IDisposable
{
    private readonly string _dir = TestPaths.TempFolder();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string path, string text)
    {
        var full = Path.Combine(_dir, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    [Fact]
    public void HiddenSubmissionsAreGradedAndEveryOtherEntryIsNamed()
    {
        Write(".hidden.qs", "// hidden");
        Write(".secret/Exercises.qs", "// in a hidden folder");
        Write(".git/config", "");
        Write("notes.txt", "");
        Write("alice/sub/.more.qs", "// a hidden file inside a folder");

        var scan = SubmissionReader.Read(_dir);

        Assert.Equal([".hidden", ".secret", "alice"], scan.Submissions.Select(s => s.Student));
        Assert.Equal(["alice/sub/.more.qs"], scan.Submissions[2].Files.Select(f => f.DisplayPath));
        Assert.Equal([".git/: a hidden folder without .qs files", "notes.txt: not a .qs file or a folder"], scan.Ignored);
    }

    [Fact]
    public void ASymbolicLinkIsNeverFollowedAndIsNamed()
    {
        var outside = TestPaths.TempFolder();
        try
        {
            File.WriteAllText(Path.Combine(outside, "Reference.qs"), "// the reference solution");
            Write("bob/Exercises.qs", "// bob's own");
            File.CreateSymbolicLink(Path.Combine(_dir, "bob", "Copy.qs"), Path.Combine(outside, "Reference.qs"));
            Directory.CreateSymbolicLink(Path.Combine(_dir, "bob", "linked"), outside);
            Directory.CreateSymbolicLink(Path.Combine(_dir, "carol"), outside);

            var scan = SubmissionReader.Read(_dir);

            var bob = Assert.Single(scan.Submissions);
            Assert.Equal(["bob/Exercises.qs"], bob.Files.Select(f => f.DisplayPath));
            Assert.Equal(["bob/Copy.qs: left out, a symbolic link (only real files are graded)", "bob/linked: left out, a symbolic link (only real files are graded)"], bob.Notes);
            Assert.Equal(["carol: a symbolic link; a submission must be a real folder or file"], scan.Ignored);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void APipeNamedLikeASourceFileIsReadWithoutBlocking()
    {
        Write("dave/Exercises.qs", "// dave");
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(_dir, "dave", "Pipe.qs"))) mkfifo.WaitForExit();

        var dave = Assert.Single(SubmissionReader.Read(_dir).Submissions);

        Assert.Equal(["dave/Exercises.qs", "dave/Pipe.qs"], dave.Files.Select(f => f.DisplayPath));
        Assert.Equal("", dave.Files[1].Text);
    }

    [Fact]
    public void AFileTooLargeIsLeftOutAndNamed()
    {
        Write("erin/Exercises.qs", "// erin");
        Write("erin/Huge.qs", new string('/', (int)SubmissionReader.MaxFileBytes + 1));

        var erin = Assert.Single(SubmissionReader.Read(_dir).Submissions);

        Assert.Equal(["erin/Exercises.qs"], erin.Files.Select(f => f.DisplayPath));
        Assert.Equal(["erin/Huge.qs: left out, 1048577 bytes; a .qs file may have 1048576 and a submission 4194304 in all"], erin.Notes);
    }

    [Fact]
    public void AFolderAndAFileOfOneNameAreTwoStudents()
    {
        Write("frank/Exercises.qs", "// folder");
        Write("frank.qs", "// file");

        var scan = SubmissionReader.Read(_dir);

        Assert.Equal(["frank", "frank.qs"], scan.Submissions.Select(s => s.Student));
        Assert.Equal(2, scan.Submissions.Select(s => s.Id).Distinct().Count());
    }
}
