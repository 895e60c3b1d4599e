using QuantumML.Models;

namespace QuantumML.Tests.Models;

public sealed class ClassifierExtensionsTests
{
    [Theory]
    [InlineData(new[] { 0.1, 0.7, 0.2 }, 1)]
    [InlineData(new[] { 0.5, 0.5 }, 0)]
    [InlineData(new[] { 0.2, 0.3, 0.5 }, 2)]
    public void ArgMaxPicksTheFirstLargest(double[] values, int expected) => Assert.Equal(expected, ClassifierExtensions.ArgMax(values));
}
