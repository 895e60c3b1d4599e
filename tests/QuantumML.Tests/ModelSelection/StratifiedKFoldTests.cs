using QuantumML.ModelSelection;

namespace QuantumML.Tests.ModelSelection;

public sealed class StratifiedKFoldTests
{
    // 23 of class 0, 11 of class 1, 6 of class 2, interleaved.
    private static readonly int[] Labels = Enumerable.Range(0, 40).Select(i => i % 7 == 3 ? 2 : i % 3 == 1 ? 1 : 0).ToArray();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void TheFoldsPartitionTheSetExactly(int k)
    {
        var folds = StratifiedKFold.Folds(Labels, k, new Random(7));

        Assert.Equal(k, folds.Count);
        Assert.Equal(Enumerable.Range(0, Labels.Length), folds.SelectMany(f => f).Order());
        Assert.All(folds, f => Assert.Equal(f.Order(), f));
        for (var f = 0; f < k; f++)
        {
            var rest = StratifiedKFold.Complement(folds, f, Labels.Length);
            Assert.Empty(rest.Intersect(folds[f]));
            Assert.Equal(Labels.Length, rest.Length + folds[f].Length);
        }
    }

    [Fact]
    public void EachClassIsSpreadEvenlyAndFoldSizesDifferByAtMostOne()
    {
        var folds = StratifiedKFold.Folds(Labels, 5, new Random(3));

        Assert.InRange(folds.Max(f => f.Length) - folds.Min(f => f.Length), 0, 1);
        foreach (var c in new[] { 0, 1, 2 })
        {
            var perFold = folds.Select(f => f.Count(i => Labels[i] == c)).ToArray();
            Assert.Equal(Labels.Count(y => y == c), perFold.Sum());
            Assert.InRange(perFold.Max() - perFold.Min(), 0, 1);
        }
    }

    [Fact]
    public void TheSameSeedGivesTheSameFoldsAndAnotherSeedOthers()
    {
        var a = StratifiedKFold.Folds(Labels, 4, new Random(11));
        var b = StratifiedKFold.Folds(Labels, 4, new Random(11));
        var c = StratifiedKFold.Folds(Labels, 4, new Random(12));

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void AClassSmallerThanTheFoldCountIsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => StratifiedKFold.Folds(Labels, 7, new Random(1)));
        Assert.Contains("Class 2 has 6 sample(s), fewer than the 7 folds", e.Message, StringComparison.Ordinal);
    }
}
