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
            student,exercise,points,max,status,message
            alice,bell-pair,1,1,pass,
            alice,parity,1,1,pass,
            bob,bell-pair,1,1,pass,
            bob,parity,0,1,wrong,"bob/Solution.qs:12:10: on input (bits = [true, false, true]), Parity returned true; the reference returns false"
            carol,bell-pair,1,1,pass,
            carol,parity,0,1,missing,carol.qs:1:1: no callable named Parity; the exercise asks for 'function Parity(bits : Bool[]) : Bool'

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
}
