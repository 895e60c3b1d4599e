namespace QuantumML.Cli.Tests.Commands;

public sealed class AssignmentCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-assignment-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static string RepoFolder(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuantumML.sln"))) return Path.Combine(dir.FullName, relative);
        }
        throw new DirectoryNotFoundException("QuantumML.sln");
    }

    [Fact]
    public async Task TheShippedAssignmentValidates()
    {
        var outcome = await CliRunner.RunAsync("assignment", "validate", RepoFolder("assignments/qml-intro"));

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Contains("ok   swap-test (statistics, 3 point(s)): reference pass, template runtime-error", outcome.Out, StringComparison.Ordinal);
        Assert.EndsWith("OK qml-intro: 9 exercises, 20 points; the reference passes all of them and the template none" + Environment.NewLine, outcome.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewAssignmentValidatesAndABrokenOneIsNamed()
    {
        var created = await CliRunner.RunAsync("assignment", "new", "tiny", "--dir", _dir);
        Assert.Equal(ExitCodes.Success, created.ExitCode);
        var tiny = Path.Combine(_dir, "tiny");
        Assert.True(File.Exists(Path.Combine(tiny, "assignment.json")));
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("assignment", "validate", tiny)).ExitCode);

        // A reference that does not fit its exercise's signature: the state check needs its adjoint.
        var reference = Path.Combine(tiny, "reference", "Exercises.qs");
        var good = File.ReadAllText(reference);
        File.WriteAllText(reference, good.Replace("operation PrepareBellPair(qubits : Qubit[]) : Unit is Adj + Ctl {", "operation PrepareBellPair(qubits : Qubit[]) : Unit {", StringComparison.Ordinal));
        var wrongReference = await CliRunner.RunAsync("assignment", "validate", tiny);
        Assert.Equal(ExitCodes.Failure, wrongReference.ExitCode);
        Assert.Contains("tiny/reference/Exercises.qs:5:11: the reference's PrepareBellPair does not fit 'operation PrepareBellPair(qubits : Qubit[]) : Unit is Adj + Ctl': type error: expected superset of Adj, found empty set", wrongReference.Err, StringComparison.Ordinal);

        // A reference that fails at run time on one input.
        File.WriteAllText(reference, good.Replace("    mutable odd = false;", "    Std.Diagnostics.Fact(Length(bits) > 0, \"no bits\");\n    mutable odd = false;", StringComparison.Ordinal));
        var failing = await CliRunner.RunAsync("assignment", "validate", tiny);
        Assert.Equal(ExitCodes.Failure, failing.ExitCode);
        Assert.Contains("the reference fails computing the expected results of exercise 'parity': tiny/reference/Exercises.qs:13:5: runtime error: program failed: no bits", failing.Err, StringComparison.Ordinal);

        // A template that already solves the exercises.
        File.WriteAllText(reference, good);
        File.WriteAllText(Path.Combine(tiny, "template", "Exercises.qs"), good);
        var givenAway = await CliRunner.RunAsync("assignment", "validate", tiny);
        Assert.Equal(ExitCodes.Failure, givenAway.ExitCode);
        Assert.Contains("exercise 'bell-pair': the template already passes it; a student would get its 1 point(s) for nothing", givenAway.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABrokenAssignmentFileIsAUsageErrorNamingTheField()
    {
        var created = await CliRunner.RunAsync("assignment", "new", "typo", "--dir", _dir);
        Assert.Equal(ExitCodes.Success, created.ExitCode);
        var json = Path.Combine(_dir, "typo", "assignment.json");
        File.WriteAllText(json, File.ReadAllText(json).Replace("\"kind\": \"values\"", "\"kind\": \"value\"", StringComparison.Ordinal));

        var outcome = await CliRunner.RunAsync("assignment", "validate", Path.Combine(_dir, "typo"));

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains($"{json}: $.exercises[1].check.kind is 'value'; allowed: operation, state, values,", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewRefusesAnExistingFolderAndAnOddName()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "taken"));
        var taken = await CliRunner.RunAsync("assignment", "new", "taken", "--dir", _dir);
        Assert.Equal(ExitCodes.InvalidInput, taken.ExitCode);
        Assert.Contains("already exists", taken.Err, StringComparison.Ordinal);

        var odd = await CliRunner.RunAsync("assignment", "new", "../up", "--dir", _dir);
        Assert.Equal(ExitCodes.InvalidInput, odd.ExitCode);
        Assert.Contains("'../up' is not a usable assignment name", odd.Err, StringComparison.Ordinal);
    }
}
