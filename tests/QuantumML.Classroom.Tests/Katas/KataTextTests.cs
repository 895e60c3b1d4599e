using QuantumML.Classroom.Katas;

namespace QuantumML.Classroom.Tests.Katas;

public sealed class KataTextTests
{
    [Fact]
    public void HeadingsAreUnderlinedAndParagraphsWrapped()
    {
        var text = KataText.Render("# Title\n\nOne two three four five six seven.\n\n## Part", 20);
        Assert.Equal("Title\n=====\n\nOne two three four\nfive six seven.\n\nPart\n----", text);
    }

    [Fact]
    public void ListsGetBulletsOrNumbersAndTheirContinuationLinesAreIndented()
    {
        var text = KataText.Render("* first\n* second item that wraps here\n\n3. three\n4. four", 20);
        Assert.Equal("• first\n• second item that\n  wraps here\n\n3. three\n4. four", text);
    }

    [Fact]
    public void CodeStaysAsWrittenInlineInBackticksAndBlocksIndented()
    {
        var text = KataText.Render("Call `H(q)` then:\n\n```qsharp\nuse q = Qubit();\nH(q);\n```", 80);
        Assert.Equal("Call `H(q)` then:\n\n    use q = Qubit();\n    H(q);", text);
    }

    [Fact]
    public void MathIsMadeReadableInlineAndAsABlock()
    {
        var text = KataText.Render("The state $\\ket{+}$ is\n\n$$\\frac{1}{\\sqrt{2}}(\\ket{0} + \\ket{1})$$", 80);
        Assert.Equal("The state |+⟩ is\n\n    1/√2(|0⟩ + |1⟩)", text);
    }

    [Fact]
    public void MathIsFoundAsLenientlyAsTheKatasWriteIt()
    {
        var text = KataText.Render("Filled with $0$s, in the $\\ket{\\psi_-} $ state.\n\n> It implements\n> $$2\\ket{0}\\bra{0} - I =\n\\begin{bmatrix} 1 & 0 \\\\ 0 & -1 \\end{bmatrix}$$", 80);
        Assert.Equal("Filled with 0s, in the |ψ₋⟩ state.\n\n│ It implements\n│     2|0⟩⟨0| - I = [1, 0; 0, -1]", text);
    }

    [Fact]
    public void AnAlignedFormulaKeepsItsLinesAndCodeKeepsItsDollars()
    {
        var text = KataText.Render("$$\\begin{align*}\n& a \\otimes \\\\\n\\otimes & b\n\\end{align*}$$\n\nCall `Message($\"{x}\")` and $x$.\n\n```qsharp\nMessage($\"{y}\");\n```", 80);
        Assert.Equal("    a ⊗\n    ⊗ b\n\nCall `Message($\"{x}\")` and x.\n\n    Message($\"{y}\");", text);
    }

    [Fact]
    public void LinksKeepTheirAddressAndQuotesAreMarked()
    {
        var text = KataText.Render("See [the W state](https://example.org/w).\n\n> Note: **bold** and *italic*.", 80);
        Assert.Equal("See the W state (https://example.org/w).\n\n│ Note: bold and italic.", text);
    }

    [Fact]
    public void HtmlTablesDetailsAndBreaksBecomeText()
    {
        const string Html = "Before<br/>after\n\n<table>\n  <tr><th>Index</th><th>State</th></tr>\n  <tr><td>0</td><td>$\\ket{0}$</td></tr>\n</table>\n\n" +
                            "<details>\n  <summary><b>Question?</b></summary>\n    The `answer`.\n</details>";
        var text = KataText.Render(Html, 80);
        Assert.Equal("Before\nafter\n\n  Index │ State\n  ──────┼──────\n  0     │ |0⟩\n\n▸ Question?\n\nThe `answer`.", text);
    }

    [Fact]
    public void EveryShippedExerciseTextRendersWithoutMarkupLeft()
    {
        var catalog = SharedRuntime.Catalog;
        var texts = catalog.Exercises.SelectMany(e => e.Hints.Prepend(e.Description).Select(t => (e.Id, Text: KataText.Render(t, 100)))).ToList();

        Assert.All(texts, t =>
        {
            Assert.DoesNotMatch(@"</?[a-zA-Z][^>]*>", t.Text);
            Assert.DoesNotContain("$", t.Text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\\(ket|bra|frac|sqrt|alpha|beta|theta|psi|phi|otimes|begin)\b", t.Text);
        });
    }
}
