using QuantumML.Hamiltonians;

namespace QuantumML.Tests.Hamiltonians;

public sealed class PauliSumParserTests
{
    private const string Example = "-1.05 * I + 0.39 * Z0 - 0.39 * Z1 - 0.01 * Z0 Z1 + 0.18 * X0 X1";

    [Fact]
    public void ParsesTheIssueExample()
    {
        var h = PauliSum.Parse(Example);
        Assert.Equal(2, h.QubitCount);
        Assert.Equal([-1.05, 0.39, -0.39, -0.01, 0.18], h.Terms.Select(t => t.Coefficient));
        Assert.Equal(["I", "Z0", "Z1", "Z0 Z1", "X0 X1"], h.Terms.Select(t => t.Pauli.ToString()));
        Assert.Equal(-1.05, h.Constant);
    }

    [Theory]
    [InlineData("0.5*Z0*Z1", 0.5)]
    [InlineData("0.5 Z0Z1", 0.5)]
    [InlineData("  +5e-1   *   Z0   Z1  ", 0.5)]
    [InlineData("Z0 Z1", 1.0)]
    [InlineData("- Z0 Z1", -1.0)]
    [InlineData("2.5E+2 * ZZ", 250.0)]
    [InlineData(".25 * Z0 * I * Z1", 0.25)]
    public void AcceptsTheLenientForms(string text, double coefficient)
    {
        var h = PauliSum.Parse(text);
        var term = Assert.Single(h.Terms);
        Assert.Equal(coefficient, term.Coefficient);
        Assert.Equal("Z0 Z1", term.Pauli.ToString());
    }

    [Fact]
    public void ABareNumberIsAMultipleOfTheIdentityAndSignsCombine()
    {
        var h = PauliSum.Parse("3 - -2 * X4");
        Assert.Equal(5, h.QubitCount);
        Assert.Equal(3.0, h.Constant);
        Assert.Equal(2.0, h.Terms[1].Coefficient);
    }

    [Fact]
    public void ToStringRoundTripsExactly()
    {
        var h = PauliSum.Parse("0.1 * X0 Y3 + 1e-300 * Z2 - 0.30000000000000004 * I + 123456789.123 * Y1");
        h = h.Add(new PauliSum(4, [new PauliTerm(0.1 + 0.2, PauliString.Parse("Z0 Z3")), new PauliTerm(-1.0 / 3, PauliString.Identity)]));
        var back = PauliSum.Parse(h.ToString(), h.QubitCount);
        Assert.Equal(h.QubitCount, back.QubitCount);
        Assert.Equal(h.Terms, back.Terms);
        Assert.Equal(h.ToString(), back.ToString());
        Assert.Equal("0", new PauliSum(3, []).ToString());
    }

    [Fact]
    public void SimplifyCombinesLikeTermsInFirstAppearanceOrderAndDropsZeros()
    {
        var h = PauliSum.Parse("1 * Z0 + 2 * X1 - 1 * Z0 + 0.5 * I + 0.25 * X1 + 1e-15 * Y0").Simplify();
        Assert.Equal("2.25 * X1 + 0.5 * I", h.ToString());
    }

    [Theory]
    [InlineData("0.5 * Z0 Z0", 10, "Z0", "qubit 0 appears twice")]
    [InlineData("0.5 * Z1 X3 + Y2 Y2", 18, "Y2", "qubit 2 appears twice")]
    [InlineData("0.5 * Z0 + ", 12, "", "expected a term")]
    [InlineData("0.5 * Q0", 7, "Q0", "expected a Pauli factor such as Z0 (upper case)")]
    [InlineData("0.5 * z0", 7, "z0", "expected a Pauli factor such as Z0 (upper case)")]
    [InlineData("0.5 * Zq", 7, "Zq", "expected one of I, X, Y, Z (upper case)")]
    [InlineData("0.5 * Z0 0.3 * X1", 10, "0.3", "expected '+' or '-'")]
    [InlineData("0.5 * ", 7, "", "expected a Pauli factor")]
    [InlineData("0.5i * X0", 4, "i", "expected '+' or '-'")]
    [InlineData("Z64", 2, "64", "qubit index out of range")]
    [InlineData("ZZ X2", 4, "X2", "dense label")]
    [InlineData("1e999 * Z0", 1, "1e999", "not a finite number")]
    public void ErrorsNameTheColumnAndTheOffendingToken(string text, int column, string token, string problem)
    {
        var e = Assert.Throws<PauliSumFormatException>(() => PauliSum.Parse(text));
        Assert.Equal(column, e.Column);
        Assert.Equal(column - 1, e.Position);
        Assert.Equal(token, e.Token);
        Assert.Contains($"column {column}:", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
        Assert.Contains(token.Length == 0 ? "at the end of the text" : $"'{token}'", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<FormatException>(e);
    }

    [Fact]
    public void AskingForTooFewQubitsIsAnError()
    {
        var e = Assert.Throws<PauliSumFormatException>(() => PauliSum.Parse("Z3", qubitCount: 2));
        Assert.Contains("4 qubits", e.Message, StringComparison.Ordinal);
    }
}
