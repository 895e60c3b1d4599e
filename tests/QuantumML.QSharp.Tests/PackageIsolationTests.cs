namespace QuantumML.QSharp.Tests;

/// <summary>Projects whose root depends on packages compiled apart: what each can name.</summary>
public sealed class PackageIsolationTests
{
    private static readonly QSharpSource Secret = new("Secret0.qs", "function Answer() : Int { 42 }\nexport Answer;");

    [Fact]
    public async Task TheRootCallsWhatAPackageExports()
    {
        var project = QSharpProject.WithPackages("p", [new QSharpSource("Main.qs", "function Run() : Int { Hidden.Secret0.Answer() + 1 }")],
            new Dictionary<string, IReadOnlyList<QSharpSource>> { ["Hidden"] = [Secret] });

        var result = await SharedRuntime.Instance.RunAsync(project, "Main.Run()");

        Assert.Equal(43, result.SingleShot.Value.AsLong());
    }

    [Fact]
    public async Task APackageCannotNameAnotherPackageOrTheRoot()
    {
        var student = new QSharpSource("Student0.qs", "function Cheat() : Int { Secret0.Answer() + Hidden.Secret0.Answer() + Main.Run() }\nexport Cheat;");
        var project = QSharpProject.WithPackages("p", [new QSharpSource("Main.qs", "function Run() : Int { Student.Student0.Cheat() }")],
            new Dictionary<string, IReadOnlyList<QSharpSource>> { ["Hidden"] = [Secret], ["Student"] = [student] });

        var e = await Assert.ThrowsAsync<QSharpCompilationException>(() => SharedRuntime.Instance.RunAsync(project, "Main.Run()"));

        Assert.Equal(
            ["Student0.qs:1:26 `Secret0.Answer`", "Student0.qs:1:45 `Hidden.Secret0.Answer`", "Student0.qs:1:71 `Main.Run`"],
            e.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column} `{d.Message.Split('`')[1]}`"));
    }

    [Fact]
    public void DocumentNamesMustBeDistinctAcrossPackagesAndAliasesIdentifiers()
    {
        Assert.Throws<ArgumentException>(() => QSharpProject.WithPackages("p", [Secret], new Dictionary<string, IReadOnlyList<QSharpSource>> { ["A"] = [Secret] }));
        Assert.Throws<ArgumentException>(() => QSharpProject.WithPackages("p", [new QSharpSource("Main.qs", "")], new Dictionary<string, IReadOnlyList<QSharpSource>> { ["a-b"] = [Secret] }));
    }
}
