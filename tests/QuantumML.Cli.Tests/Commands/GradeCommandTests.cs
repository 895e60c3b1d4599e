namespace QuantumML.Cli.Tests.Commands;

public sealed class GradeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-grade-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The scaffolded two-exercise assignment and three students: right, one wrong answer, one callable missing.</summary>
    private async Task<(string Assignment, string Submissions)> ClassAsync()
    {
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("assignment", "new", "tiny", "--dir", _dir)).ExitCode);
        var assignment = Path.Combine(_dir, "tiny");
        var reference = File.ReadAllText(Path.Combine(assignment, "reference", "Exercises.qs"));
        var submissions = Path.Combine(_dir, "submissions");
        Directory.CreateDirectory(Path.Combine(submissions, "alice"));
        File.WriteAllText(Path.Combine(submissions, "alice", "Solution.qs"), reference);
        Directory.CreateDirectory(Path.Combine(submissions, "bob"));
        File.WriteAllText(Path.Combine(submissions, "bob", "Solution.qs"), reference.Replace("    odd\n", "    not odd\n", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(submissions, "carol.qs"), reference[..reference.IndexOf("/// # Summary\n/// True when", StringComparison.Ordinal)]);
        return (assignment, submissions);
    }

    [Fact]
    public async Task GradingWritesTheGradebook()
    {
        var (assignment, submissions) = await ClassAsync();
        var output = Path.Combine(_dir, "out");

        var outcome = await CliRunner.RunAsync("grade", assignment, submissions, "--out", output);

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Contains("[3/3]", outcome.Err, StringComparison.Ordinal);
        Assert.Contains("bob                        1 / 2  parity wrong", outcome.Out, StringComparison.Ordinal);
        Assert.Equal(
            """
            student_id,student,exercise,points,max,status,message
            alice,alice,bell-pair,1,1,pass,
            alice,alice,parity,1,1,pass,
            bob,bob,bell-pair,1,1,pass,
            bob,bob,parity,0,1,wrong,"bob/Solution.qs:12:10: on input (bits = [true, false, true]), Parity returned true; the reference returns false"
            carol,carol,bell-pair,1,1,pass,
            carol,carol,parity,0,1,missing,carol.qs:1:1: no callable named Parity; the exercise asks for 'function Parity(bits : Bool[]) : Bool'

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(Path.Combine(output, "grades.csv")));
        Assert.True(File.Exists(Path.Combine(output, "grades.md")));
        Assert.True(File.Exists(Path.Combine(output, "scores.png")));
        Assert.Equal(["alice.md", "bob.md", "carol.md"], Directory.GetFiles(Path.Combine(output, "feedback")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("The parity is true when an odd number of bits are true.", File.ReadAllText(Path.Combine(output, "feedback", "bob.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheGradebookNeverGoesIntoTheSubmissionsFolder()
    {
        var (assignment, submissions) = await ClassAsync();

        var outcome = await CliRunner.RunAsync("grade", assignment, submissions, "--out", Path.Combine(submissions, "grades"));

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("is inside the submissions folder", outcome.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(submissions, "grades")));
    }

    [Fact]
    public async Task AMissingOrEmptySubmissionsFolderIsAUsageError()
    {
        var (assignment, _) = await ClassAsync();
        Directory.CreateDirectory(Path.Combine(_dir, "empty"));

        var empty = await CliRunner.RunAsync("grade", assignment, Path.Combine(_dir, "empty"));
        var missing = await CliRunner.RunAsync("grade", assignment, Path.Combine(_dir, "nowhere"));

        Assert.Equal(ExitCodes.InvalidInput, empty.ExitCode);
        Assert.Contains("no submissions", empty.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, missing.ExitCode);
        Assert.Contains("no such submissions folder", missing.Err, StringComparison.Ordinal);
    }

    /// <summary>Every file under <paramref name="folder"/> with its bytes, to show that a refused command changed nothing.</summary>
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => File.Exists(f) ? File.ReadAllBytes(f) : []);

    [Theory]
    [InlineData("--time-limit", "1e9", "--time-limit must be a number of seconds from 0.1 to 3600 (got 1000000000).")]
    [InlineData("--time-limit", "5000", "--time-limit must be a number of seconds from 0.1 to 3600 (got 5000).")]
    [InlineData("--time-limit", "0", "--time-limit must be a number of seconds from 0.1 to 3600 (got 0).")]
    [InlineData("--time-limit", "NaN", "--time-limit must be a number of seconds from 0.1 to 3600 (got NaN).")]
    [InlineData("--parallel", "0", "--parallel must be from 1 to 64 (got 0).")]
    [InlineData("--parallel", "100000", "--parallel must be from 1 to 64 (got 100000).")]
    public async Task AnOptionOutOfRangeIsRefusedWithItsRangeBeforeAnythingIsGraded(string option, string value, string message)
    {
        var (assignment, submissions) = await ClassAsync();
        var output = Path.Combine(_dir, "out");
        var before = Snapshot(_dir);

        var outcome = await CliRunner.RunAsync("grade", assignment, submissions, "--out", output, option, value);

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Equal($"qml grade: {message}", outcome.Err.Trim());
        Assert.Equal(before.Keys, Snapshot(_dir).Keys);
    }

    [Fact]
    public async Task AnOutputThatIsAFileIsRefusedBeforeGradingAndTheFileIsKept()
    {
        var (assignment, submissions) = await ClassAsync();
        var file = Path.Combine(_dir, "grades.txt");
        File.WriteAllText(file, "precious");

        var outcome = await CliRunner.RunAsync("grade", assignment, submissions, "--out", file);
        var under = await CliRunner.RunAsync("grade", assignment, submissions, "--out", Path.Combine(file, "sub"));

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Equal($"qml grade: --out {file} is a file; give a folder (it is created if needed).", outcome.Err.Trim());
        Assert.Equal(ExitCodes.InvalidInput, under.ExitCode);
        Assert.Equal($"qml grade: --out {Path.Combine(file, "sub")}: {file} is a file, so the folder cannot be created there.", under.Err.Trim());
        Assert.Equal("precious", File.ReadAllText(file));
    }

    [Fact]
    public async Task AnOutputThatCannotBeWrittenIsRefusedBeforeGrading()
    {
        var (assignment, submissions) = await ClassAsync();

        // /proc refuses new files even to root, so this holds however the tests run.
        var outcome = await CliRunner.RunAsync("grade", assignment, submissions, "--out", "/proc/qml-grades");

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.StartsWith("qml grade: --out /proc/qml-grades: cannot write in /proc (", outcome.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("[1/3]", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGradebookThatCannotBeWrittenLeavesTheOldOneWholeAndSaysSo()
    {
        var (assignment, submissions) = await ClassAsync();
        var output = Path.Combine(_dir, "out");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("grade", assignment, submissions, "--out", output, "--quiet")).ExitCode);
        File.WriteAllText(Path.Combine(submissions, "bob", "Solution.qs"), File.ReadAllText(Path.Combine(submissions, "alice", "Solution.qs")));
        // The feedback folder replaced by a file: the new gradebook is staged whole, then cannot be moved in.
        Directory.Delete(Path.Combine(output, "feedback"), recursive: true);
        File.WriteAllText(Path.Combine(output, "feedback"), "");
        var before = Snapshot(output);

        var outcome = await CliRunner.RunAsync("grade", assignment, submissions, "--out", output, "--quiet");

        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Matches($"^qml grade: {System.Text.RegularExpressions.Regex.Escape(output)}: could not write the gradebook \\(.+\\); nothing was written$", outcome.Err.Trim());
        var after = Snapshot(output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, p => Assert.Equal(p.Value, after[p.Key]));
    }

    [Fact]
    public async Task CollidingAndHiddenNamesAreEachGradedWithTheirOwnFeedbackAndOtherEntriesAreNamed()
    {
        var (assignment, submissions) = await ClassAsync();
        var alice = File.ReadAllText(Path.Combine(submissions, "alice", "Solution.qs"));
        foreach (var name in new[] { "a,b.qs", "a b.qs", "a_b.qs", ".hidden.qs" }) File.WriteAllText(Path.Combine(submissions, name), alice);
        File.WriteAllText(Path.Combine(submissions, "notes.txt"), "");
        var output = Path.Combine(_dir, "out");

        var outcome = await CliRunner.RunAsync("grade", assignment, submissions, "--out", output);

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Contains($"qml grade: not graded: {Path.Combine(submissions, "notes.txt")}", outcome.Err, StringComparison.Ordinal);
        Assert.Contains("[7/7]", outcome.Err, StringComparison.Ordinal);
        Assert.Equal(7, Directory.GetFiles(Path.Combine(output, "feedback")).Length);
        var markdown = File.ReadAllText(Path.Combine(output, "grades.md"));
        foreach (var name in new[] { "| a,b |", "| a b |", "| a_b |", "| .hidden |" }) Assert.Contains(name, markdown, StringComparison.Ordinal);
        Assert.Contains("- notes.txt: not a .qs file or a folder", markdown, StringComparison.Ordinal);
        Assert.Equal(8, File.ReadAllLines(Path.Combine(output, "grades-nbgrader.csv")).Length);
        Assert.Equal(9, File.ReadAllLines(Path.Combine(output, "grades-canvas.csv")).Length);
    }
}
