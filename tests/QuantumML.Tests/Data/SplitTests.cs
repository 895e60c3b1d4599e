using QuantumML.Data;

namespace QuantumML.Tests.Data;

public sealed class SplitTests
{
    [Fact]
    public void EachClassIsSplitInProportion()
    {
        var iris = RepositoryData.Load("iris.csv");
        var (train, test) = Split.Stratified(iris, 0.3, new Random(1));
        Assert.Equal(105, train.Count);
        Assert.Equal(45, test.Count);
        for (var c = 0; c < 3; c++)
        {
            Assert.Equal(35, train.Labels.Count(l => l == c));
            Assert.Equal(15, test.Labels.Count(l => l == c));
        }
    }

    [Fact]
    public void TheSplitIsAPartitionAndDeterministic()
    {
        var d = SyntheticData.Blobs(97, 3, 2, 1, new Random(0));
        // Tag each row by its index to see where it went.
        var tagged = d.WithFeatures(d.Features.Select((_, i) => new double[] { i }).ToArray());
        var (train1, test1) = Split.Stratified(tagged, 0.25, new Random(9));
        var (train2, test2) = Split.Stratified(tagged, 0.25, new Random(9));
        var (_, test3) = Split.Stratified(tagged, 0.25, new Random(10));
        var all = train1.Features.Concat(test1.Features).Select(r => (int)r[0]).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, 97), all);
        Assert.Equal(train1.Features.Select(r => r[0]), train2.Features.Select(r => r[0]));
        Assert.Equal(test1.Features.Select(r => r[0]), test2.Features.Select(r => r[0]));
        Assert.NotEqual(test1.Features.Select(r => r[0]).Order(), test3.Features.Select(r => r[0]).Order());
        for (var i = 0; i < test1.Count; i++) Assert.Equal(d.Labels[(int)test1.Features[i][0]], test1.Labels[i]);
    }
}
