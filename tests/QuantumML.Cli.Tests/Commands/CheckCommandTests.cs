namespace QuantumML.Cli.Tests.Commands;

public sealed class CheckCommandTests
{
    [Fact]
    public async Task TheRepositoryProjectCompiles()
    {
        var outcome = await CliRunner.RunAsync("check");
        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Matches(@"^OK .*quantum: \d+ files, \d+ callables, \d+ tests", outcome.Out);
    }

    [Fact]
    public async Task AnErrorExitsOneNamingFileLineAndColumn()
    {
        using var project = new TempProject(
            ("src/Good.qs", "function Good() : Int { 1 }\n"),
            ("src/Broken.qs", "function Broken() : Int {\n    let x = 1;\n    x + 1.5\n}\n"));

        var outcome = await CliRunner.RunAsync("check", "--project", project.Directory);

        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        var line = Assert.Single(outcome.Err.Split('\n'), l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Matches(@"src/Broken\.qs:3:9: error Qdk\.Qsc\.TypeCk\.\w+: ", line);
        Assert.EndsWith(Path.Combine(project.Directory, "src/Broken.qs"), Path.GetFullPath(line[..line.IndexOf(":3:9", StringComparison.Ordinal)]), StringComparison.Ordinal);
        Assert.Empty(outcome.Out);
    }

    [Fact]
    public async Task AMissingProjectIsAUsageError()
    {
        var outcome = await CliRunner.RunAsync("check", "--project", "/nonexistent/qml-project");
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("/nonexistent/qml-project", outcome.Err, StringComparison.Ordinal);
    }
}
