using System.Globalization;
using QuantumML.Classroom.Assignments;
using QuantumML.QSharp.Values;

namespace QuantumML.Classroom.Tests.Assignments;

public sealed class CheckCasesTests
{
    private static readonly Assignment QmlIntro = AssignmentLoader.Load(TestPaths.QmlIntro);

    [Fact]
    public void RandomInputsFollowFromTheSeedAndTheIdAndStayInRange()
    {
        var encoding = QmlIntro.Exercises.Single(e => e.Id == "angle-encoding");

        var cases = CheckCases.Of(encoding, QmlIntro.Seed);

        Assert.Equal(3, cases.Count);
        Assert.Equal(cases.Select(c => c.Arguments), CheckCases.Of(encoding, QmlIntro.Seed).Select(c => c.Arguments));
        Assert.NotEqual(cases.Select(c => c.Arguments), CheckCases.Of(encoding, QmlIntro.Seed + 1).Select(c => c.Arguments));
        foreach (var c in cases)
        {
            var values = QValueParser.Parse(c.Input).AsDoubleArray();
            Assert.Equal(3, values.Length);
            Assert.All(values, v => Assert.InRange(v, -3.1416, 3.1416));
            // Rounded, so that a message shows exactly what ran.
            Assert.All(values, v => Assert.Equal(Math.Round(v, CheckCases.Decimals), v));
        }
    }

    [Fact]
    public void ListedInputsComeFirstAndFillTheArgumentTemplate()
    {
        var expectation = QmlIntro.Exercises.Single(e => e.Id == "expectation-z");

        var cases = CheckCases.Of(expectation, QmlIntro.Seed);

        Assert.Equal(2, cases.Count);
        Assert.Equal("[0.3, 0.5, 0.9], 1000", cases[0].Arguments);
        Assert.Equal("(features = [0.3, 0.5, 0.9], shots = 1000)", cases[0].Describe(expectation.Signature));
        Assert.EndsWith(", 1000", cases[1].Arguments, StringComparison.Ordinal);
        Assert.Equal(1, cases[1].Index);
    }

    [Fact]
    public void AnInputOfSeveralArgumentsIsShownParameterByParameter()
    {
        var qaoa = QmlIntro.Exercises.Single(e => e.Id == "qaoa-cost-layer");

        var c = CheckCases.Of(qaoa, QmlIntro.Seed)[1];

        Assert.Equal("(edges = [(0, 1), (1, 2), (0, 2), (2, 3)], gamma = 1.1)", c.Describe(qaoa.Signature));
        Assert.Equal("1.1", c.Arguments.Split(", ").Last().ToString(CultureInfo.InvariantCulture));
    }
}
