using QuantumML.Classroom.Katas;

namespace QuantumML.Classroom.Tests.Katas;

public sealed class LatexTextTests
{
    [Theory]
    [InlineData(@"\ket{0}", "|0⟩")]
    [InlineData(@"\bra{\psi}", "⟨ψ|")]
    [InlineData(@"\frac{1}{\sqrt{2}} \big( \ket{0} + \ket{1} \big)", "1/√2 ( |0⟩ + |1⟩ )")]
    [InlineData(@"\frac{1}{\sqrt{2}}\big(\ket{00} + \ket{11}\big)", "1/√2(|00⟩ + |11⟩)")]
    [InlineData(@"\frac{\alpha + \beta}{2}", "(α + β)/2")]
    [InlineData(@"\ket{\Phi^{+}}", "|Φ⁺⟩")]
    [InlineData(@"\omega = e^{2i \pi/ 3}", "ω = e^(2i π/ 3)")]
    [InlineData(@"x_{10} \oplus y_k", "x₁₀ ⊕ y_k")]
    [InlineData(@"\begin{bmatrix} 1 & 2 \\ 3 & 4 \end{bmatrix} \cdot \begin{bmatrix} 5 & 6 \\ 7 & 8 \end{bmatrix}", "[1, 2; 3, 4] · [5, 6; 7, 8]")]
    [InlineData(@"0 \leq k < 2^N", "0 ≤ k < 2^N")]
    [InlineData(@"\text{if } x \neq y", "if x ≠ y")]
    [InlineData(@"\color{red}{x}", "x")]
    [InlineData(@"\unknowncommand{a} + \other", @"\unknowncommand{a} + \other")]
    public void CommonLatexReadsAsText(string latex, string text) => Assert.Equal(text, LatexText.ToText(latex));
}
