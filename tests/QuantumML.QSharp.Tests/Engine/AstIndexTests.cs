using QuantumML.QSharp.Engine;

namespace QuantumML.QSharp.Tests.Engine;

public sealed class AstIndexTests
{
    [Fact]
    public async Task FindsCallablesAndTestsAcrossExplicitAndImplicitNamespaces()
    {
        var project = QSharpProject.FromSources("p",
            new QSharpSource("src/Algebra.qs", """
                function Square(x : Int) : Int { x * x }
                @Test()
                function SquareOfThreeIsNine() : Unit { Std.Diagnostics.Fact(Square(3) == 9, "3²"); }
                internal operation Helper() : Unit { }
                """),
            new QSharpSource("src/Other.qs", """
                namespace My.Tests {
                    @Config(Unrestricted)
                    @Test()
                    operation Works() : Unit { }
                    newtype Pair = (Int, Int);
                    function NotATest() : Unit { let f = x -> x + 1; }
                }
                """));

        var check = await SharedRuntime.Instance.CheckAsync(project);

        Assert.True(check.Success, string.Join("\n", check.Diagnostics));
        Assert.Equal(["Algebra.Square", "Algebra.SquareOfThreeIsNine", "Algebra.Helper", "My.Tests.Works", "My.Tests.NotATest"], check.Callables);
        Assert.Equal(["Algebra.SquareOfThreeIsNine", "My.Tests.Works"], check.Tests);
        // Declarations are cut from the sources by the compiler's spans, across files and non-ASCII text ("3²").
        Assert.Equal(new QSharpDeclaration("Algebra.Helper", "src/Algebra.qs", "internal operation Helper() : Unit { }"), check.Declarations["Algebra.Helper"]);
        Assert.Equal("src/Other.qs", check.Declarations["My.Tests.Works"].File);
        Assert.StartsWith("@Config(Unrestricted)", check.Declarations["My.Tests.Works"].Text, StringComparison.Ordinal);
        Assert.EndsWith("operation Works() : Unit { }", check.Declarations["My.Tests.Works"].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeclarationsOfTheRepositoryProjectStartAtTheirDocComments()
    {
        var check = await SharedRuntime.Instance.CheckAsync(QSharpProject.Load(RepoPaths.Quantum));

        Assert.Equal(check.Callables.Count, check.Declarations.Count);
        var encoding = check.Declarations["Encodings.ApplyAngleEncoding"];
        Assert.Equal("src/Encodings.qs", encoding.File);
        Assert.StartsWith("/// # Summary", encoding.Text, StringComparison.Ordinal);
        Assert.Contains("operation ApplyAngleEncoding(", encoding.Text, StringComparison.Ordinal);
        Assert.EndsWith("}", encoding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTheIndentedAstText()
    {
        const string ast = """
            Package 0:
                Namespace 1 [0-10] ([Ident 2 [0-1] "A", Ident 3 [2-3] "B"]):
                    Item 4 [0-5]:
                        Attr 5 [0-5] (Ident 6 [0-4] "Test"):
                            Expr 7 [4-6]: Unit
                        Callable 8 [6-9] (Operation):
                            name: Ident 9 [6-7] "T"
                    Item 10 [0-5]:
                        Callable 11 [6-9] (Function):
                            name: Ident 12 [6-7] "F"
            """;
        var (callables, tests, spans) = AstIndex.Read(ast);
        Assert.Equal(["A.B.T", "A.B.F"], callables);
        Assert.Equal(["A.B.T"], tests);
        Assert.Equal((0, 5), spans["A.B.T"]);
    }
}
