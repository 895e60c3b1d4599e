using System.Numerics;
using QuantumML.QSharp.Values;

namespace QuantumML.QSharp.Tests.Values;

public sealed class QValueParserTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("0", 0L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void ParsesInts(string text, long expected) => Assert.Equal(new QInt(expected), QValueParser.Parse(text));

    [Fact]
    public void DigitsBeyondInt64AreBigInt() =>
        Assert.Equal(new QBigInt(BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture)),
            QValueParser.Parse("123456789012345678901234567890"));

    [Theory]
    [InlineData("1.0", 1.0)]
    [InlineData("-2.5", -2.5)]
    [InlineData("0.0000001", 1e-7)]
    [InlineData("-0.00000035", -3.5e-7)]
    [InlineData("1e-7", 1e-7)]
    [InlineData("-3.5e-7", -3.5e-7)]
    [InlineData("2.5E+10", 2.5e10)]
    [InlineData("100000000000000000000.0", 1e20)]
    [InlineData("inf", double.PositiveInfinity)]
    [InlineData("-inf", double.NegativeInfinity)]
    public void ParsesDoubles(string text, double expected) => Assert.Equal(expected, QValueParser.Parse(text).AsDouble());

    [Fact]
    public void ParsesNanAndNegativeZero()
    {
        Assert.True(double.IsNaN(QValueParser.Parse("NaN").AsDouble()));
        Assert.True(double.IsNegative(QValueParser.Parse("-0.0").AsDouble()));
    }

    [Fact]
    public void ParsesScalarsOfEveryOtherKind()
    {
        Assert.Equal(new QBool(true), QValueParser.Parse("true"));
        Assert.Equal(new QBool(false), QValueParser.Parse("false"));
        Assert.Equal(new QResultValue(QResult.Zero), QValueParser.Parse("Zero"));
        Assert.Equal(new QResultValue(QResult.One), QValueParser.Parse("One"));
        Assert.Equal(new QPauli(Pauli.I), QValueParser.Parse("PauliI"));
        Assert.Equal(new QPauli(Pauli.Y), QValueParser.Parse("PauliY"));
        Assert.Equal(QUnit.Instance, QValueParser.Parse("()"));
        Assert.Equal(new QRange(1, 2, 10), QValueParser.Parse("1..2..10"));
        Assert.Equal(new QRange(-5, 1, -1), QValueParser.Parse("-5..-1"));
    }

    [Fact]
    public void ParsesQuotedStringsWithEscapes()
    {
        Assert.Equal(new QString("a \"b\"\n\\ {x}\t"), QValueParser.Parse("\"a \\\"b\\\"\\n\\\\ \\{x\\}\\t\""));
        Assert.Equal(new QString(""), QValueParser.Parse("\"\""));
    }

    [Fact]
    public void ParsesNestedArraysAndTuples()
    {
        var value = QValueParser.Parse("[(1, [PauliI, PauliZ]), (2, [])]");
        var expected = new QArray([
            new QTuple([new QInt(1), new QArray([new QPauli(Pauli.I), new QPauli(Pauli.Z)])]),
            new QTuple([new QInt(2), new QArray([])]),
        ]);
        Assert.Equal(expected, value);
        Assert.Equal("[(1, [PauliI, PauliZ]), (2, [])]", value.ToString());
    }

    [Fact]
    public void ConvertsToDotNetTypesByShape()
    {
        Assert.Equal([0.5, -1.0], QValueParser.Parse("[0.5, -1.0]").As<double[]>());
        Assert.Equal((3L, true, QResult.One), QValueParser.Parse("(3, true, One)").As<(long, bool, QResult)>());
        Assert.Equal([[1L], [2L, 3L]], QValueParser.Parse("[[1], [2, 3]]").As<long[][]>());
        Assert.Equal(new BigInteger(5), QValueParser.Parse("5").As<BigInteger>());
        Assert.Equal([0.25, 0.75], QValueParser.Parse("[0.25, 0.75]").AsDoubleArray());
        Assert.Throws<InvalidCastException>(() => QValueParser.Parse("[1, 2]").As<double[]>());
        Assert.Throws<InvalidCastException>(() => QValueParser.Parse("(1, 2)").As<(long, long, long)>());
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("[1, 2", 6)]
    [InlineData("(1 2)", 4)]
    [InlineData("1.5.2", 4)]
    [InlineData("12abc", 3)]
    [InlineData("\"open", 6)]
    [InlineData("\"bad \\q\"", 6)]
    [InlineData("[1,]", 4)]
    [InlineData("1 2", 3)]
    [InlineData("#", 1)]
    public void MalformedTextIsAnErrorWithItsColumn(string text, int column)
    {
        var e = Assert.Throws<QValueFormatException>(() => QValueParser.Parse(text));
        Assert.Equal(column, e.Position + 1);
        Assert.Contains($"column {column}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnquotedStringsInsideCompoundValuesAreRefusedNotGuessed()
    {
        // The runtime prints ("a, b") and ("a", "b") alike, as (1, a, b).
        var e = Assert.Throws<QValueFormatException>(() => QValueParser.Parse("(1, a, b)"));
        Assert.Contains("strings inside tuples and arrays", e.Message, StringComparison.Ordinal);
        Assert.False(QValueParser.TryParse("Qubit<released>", out _));
    }

    [Theory]
    [InlineData("[1.0, -2.5, 0.001]")]
    [InlineData("(true, (Zero, [PauliX]), 1..3, -4)")]
    [InlineData("()")]
    public void PrintedFormParsesBackToTheSameValue(string text)
    {
        var value = QValueParser.Parse(text);
        Assert.Equal(value, QValueParser.Parse(value.ToString()));
    }
}
