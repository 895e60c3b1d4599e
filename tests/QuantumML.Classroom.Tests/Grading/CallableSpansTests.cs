using QuantumML.Classroom.Grading;

namespace QuantumML.Classroom.Tests.Grading;

public sealed class CallableSpansTests
{
    private const string Source = """
        import Std.Math.*;

        /// # Summary
        /// Adds one. A "}" in a comment does not count.
        function AddOne(x : Int) : Int {
            let s = "{ not a brace";
            x + 1
        }

        @Test()
        internal operation CheckIt() : Unit {
            let f = (y) -> { y };
            Message($"value {AddOne(1)}");
        }

        operation Broken(q : Qubit) : Unit {
            H(q);
        """;

    [Fact]
    public void EachDeclarationRunsFromItsDocCommentToItsClosingBrace()
    {
        var spans = CallableSpans.Find(Source);

        Assert.Equal(["AddOne", "CheckIt", "Broken"], spans.Select(s => s.Name));
        var addOne = spans[0];
        Assert.Equal((5, 10), (addOne.Line, addOne.Column));
        Assert.StartsWith("/// # Summary", Source[addOne.Start..], StringComparison.Ordinal);
        Assert.EndsWith("x + 1\n}", Source[addOne.Start..addOne.End], StringComparison.Ordinal);
        Assert.StartsWith("@Test()", Source[spans[1].Start..], StringComparison.Ordinal);
        Assert.EndsWith("\");\n}", Source[spans[1].Start..spans[1].End], StringComparison.Ordinal);
        // An unclosed body runs to the end of the text.
        Assert.Equal(Source.Length, spans[2].End);
    }

    [Fact]
    public void LeavingOneOutKeepsEveryOtherPosition()
    {
        var spans = CallableSpans.Find(Source);

        var blanked = CallableSpans.Blank(Source, spans[0]);

        Assert.Equal(Source.Length, blanked.Length);
        Assert.Equal(Source.Split('\n').Length, blanked.Split('\n').Length);
        Assert.Equal(["CheckIt", "Broken"], CallableSpans.Find(blanked).Select(s => s.Name));
        Assert.Equal(spans[1] with { }, CallableSpans.Find(blanked)[0]);
        Assert.DoesNotContain("AddOne(x", blanked, StringComparison.Ordinal);
    }

    [Fact]
    public void APositionMapsToItsCallable()
    {
        var spans = CallableSpans.Find(Source);
        var offset = CallableSpans.Offset(Source, 7, 9);

        Assert.Equal("x + 1", Source.Substring(offset - 4, 5));
        Assert.Equal("AddOne", spans.Single(s => s.Contains(offset)).Name);
        Assert.DoesNotContain(spans, s => s.Contains(CallableSpans.Offset(Source, 1, 1)));
    }

    [Fact]
    public void NamespaceBlocksAreFound()
    {
        var blocks = CallableSpans.Namespaces("namespace Foo.Bar {\n  operation A() : Unit {}\n}\noperation B() : Unit {}\n");

        var block = Assert.Single(blocks);
        Assert.Equal("Foo.Bar", block.Name);
    }
}
