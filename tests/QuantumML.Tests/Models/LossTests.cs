using QuantumML.Models;

namespace QuantumML.Tests.Models;

public sealed class LossTests
{
    [Theory]
    [InlineData(LossKind.CrossEntropy)]
    [InlineData(LossKind.SquaredError)]
    [InlineData(LossKind.Hinge)]
    public void GradientsMatchFiniteDifferences(LossKind kind)
    {
        double[] logits = [0.3, -1.2, 0.9];
        const int label = 0;
        var (_, gradient) = Loss.Evaluate(kind, logits, label);
        for (var j = 0; j < logits.Length; j++)
        {
            var plus = (double[])logits.Clone();
            var minus = (double[])logits.Clone();
            plus[j] += 1e-6;
            minus[j] -= 1e-6;
            var numeric = (Loss.Evaluate(kind, plus, label).Value - Loss.Evaluate(kind, minus, label).Value) / 2e-6;
            Assert.Equal(numeric, gradient[j], 5);
        }
    }

    [Fact]
    public void CrossEntropyIsMinusLogOfTheLabelsProbability()
    {
        var (value, _) = Loss.Evaluate(LossKind.CrossEntropy, [Math.Log(3), 0.0], 0);
        Assert.Equal(-Math.Log(0.75), value, 12);
        Assert.Equal(0.0, Loss.Evaluate(LossKind.Hinge, [5.0, 0.0], 0).Value);
    }
}
