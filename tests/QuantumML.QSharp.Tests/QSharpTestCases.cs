namespace QuantumML.QSharp.Tests;

/// <summary>Every <c>@Test()</c> callable of the repository's <c>quantum/</c> project, each as its own test case.</summary>
public sealed class QSharpTestCases
{
    private static readonly Lazy<CheckResult> Check = new(() =>
        SharedRuntime.Instance.CheckAsync(QSharpProject.Load(RepoPaths.Quantum)).GetAwaiter().GetResult());

    public static TheoryData<string> Tests()
    {
        var data = new TheoryData<string>();
        // A project that does not compile still yields one case, which fails with the compiler's errors.
        if (!Check.Value.Success)
        {
            data.Add("<compile>");
            return data;
        }
        foreach (var test in Check.Value.Tests) data.Add(test);
        return data;
    }

    [Theory]
    [MemberData(nameof(Tests))]
    public async Task Passes(string test)
    {
        Assert.True(Check.Value.Success, string.Join(Environment.NewLine, Check.Value.Diagnostics));
        var result = await SharedRuntime.Instance.RunAsync(Check.Value.Project, $"{test}()", new RunOptions { Seed = 1, Timeout = TimeSpan.FromMinutes(1) });
        Assert.Equal("()", result.SingleShot.Text);
    }

    [Fact]
    public void TheProjectHasTests() => Assert.NotEmpty(Check.Value.Tests);

    [Fact]
    public async Task AFailingQSharpTestFails()
    {
        var project = QSharpProject.FromSource("""
            @Test()
            operation Wrong() : Unit { Std.Diagnostics.Fact(1 + 1 == 3, "arithmetic"); }
            """, "Wrong.qs");
        var check = await SharedRuntime.Instance.CheckAsync(project);
        var e = await Assert.ThrowsAsync<QSharpRuntimeException>(() => SharedRuntime.Instance.RunAsync(project, $"{Assert.Single(check.Tests)}()"));
        Assert.Contains("arithmetic", e.Message, StringComparison.Ordinal);
    }
}
