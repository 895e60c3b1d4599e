namespace QuantumML.QSharp.Tests;

public sealed class QSharpLiteralTests
{
    [Fact]
    public void DoublesAlwaysReadAsDoubles()
    {
        Assert.Equal("1.0", QSharpLiteral.Of(1.0));
        Assert.Equal("-0.0", QSharpLiteral.Of(-0.0));
        Assert.Equal("1.0e-07", QSharpLiteral.Of(1e-7));
        Assert.Equal("2.5e+300", QSharpLiteral.Of(2.5e300));
        Assert.Throws<ArgumentException>(() => QSharpLiteral.Of(double.NaN));
    }

    [Fact]
    public async Task DoubleArraysRoundTripThroughQSharpExactly()
    {
        double[] values = [0.1, -2.5, 1e-7, 1.2345678901234567e-200, 6.02214076e23, Math.PI, -0.0, 1.0];
        var project = QSharpProject.FromSource("function Id(x : Double[]) : Double[] { x }", "Id.qs");

        var result = await SharedRuntime.Instance.RunAsync(project, $"Id.Id({QSharpLiteral.Array(values)})");

        Assert.Equal(values, result.SingleShot.Value.AsDoubleArray());
    }
}
