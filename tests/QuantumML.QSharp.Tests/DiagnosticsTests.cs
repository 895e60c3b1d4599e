namespace QuantumML.QSharp.Tests;

public sealed class DiagnosticsTests
{
    [Fact]
    public async Task CompileErrorInAMultiFileProjectNamesFileLineAndColumn()
    {
        var project = QSharpProject.FromSources("multi",
            new QSharpSource("src/A.qs", "function A() : Int { 1 }\n"),
            new QSharpSource("src/B.qs", "function B() : Int {\n    let x = 1;\n    x + true\n}\n"),
            new QSharpSource("src/C.qs", "function C() : Int { A.A() }\n"));

        var e = await Assert.ThrowsAsync<QSharpCompilationException>(() => SharedRuntime.Instance.RunAsync(project, "C.C()"));

        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("src/B.qs", d.File);
        Assert.Equal(3, d.Line);
        Assert.Equal(9, d.Column); // the operand `true`
        Assert.StartsWith("Qdk.Qsc.TypeCk", d.Code, StringComparison.Ordinal);
        Assert.StartsWith("src/B.qs:3:9: error Qdk.Qsc.TypeCk", d.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyntaxErrorsInTwoFilesAreAllReported()
    {
        var project = QSharpProject.FromSources("broken",
            new QSharpSource("src/A.qs", "function A() : Int {\n  let a = 1\n}\n"),
            new QSharpSource("src/B.qs", "function B() : Int { 2 }\noperation Bad( : Unit {}\n"));

        var check = await SharedRuntime.Instance.CheckAsync(project);

        Assert.False(check.Success);
        Assert.Contains(check.Diagnostics, d => d.File == "src/A.qs" && d.Line == 3 && d.Code == "Qdk.Qsc.Parse.Token");
        Assert.Contains(check.Diagnostics, d => d.File == "src/B.qs" && d.Line == 2);
    }

    [Fact]
    public async Task AnUnknownOperationInTheExpressionIsACompileError()
    {
        var project = QSharpProject.FromSource("function F() : Int { 1 }", "M.qs");
        var e = await Assert.ThrowsAsync<QSharpCompilationException>(() => SharedRuntime.Instance.RunAsync(project, "M.Nope()"));
        Assert.Equal("<entry>", e.Diagnostics[0].File);
        Assert.Contains("not found", e.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuntimeFailCarriesItsMessageLocationAndStack()
    {
        var project = QSharpProject.FromSource("""
            operation Inner(x : Int) : Int {
                if x > 2 { fail $"x is {x}"; }
                x
            }
            operation Outer() : Int { Inner(5) }
            """, "Fails.qs");

        var e = await Assert.ThrowsAsync<QSharpRuntimeException>(() => SharedRuntime.Instance.RunAsync(project, "Fails.Outer()"));

        var d = Assert.Single(e.Diagnostics);
        Assert.Equal("Qdk.Qsc.Eval.UserFail", d.Code);
        Assert.Contains("x is 5", d.Message, StringComparison.Ordinal);
        Assert.Equal(("Fails.qs", 2), (d.File, d.Line));
        Assert.Contains("Fails.Outer", d.Stack, StringComparison.Ordinal);
        Assert.Equal(0, e.Shot);
    }

    [Fact]
    public async Task MessagesArriveWithTheirShot()
    {
        var project = QSharpProject.FromSource("operation Hello(n : Int) : Int { Message($\"hello {n}\"); n * 2 }", "Msg.qs");
        var result = await SharedRuntime.Instance.RunAsync(project, "Msg.Hello(21)", new RunOptions { Shots = 2 });
        Assert.All(result.Shots, s => Assert.Equal(["hello 21"], s.Messages));
        Assert.Equal(42, result.Shots[1].Value.AsLong());
    }
}
