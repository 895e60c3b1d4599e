using QuantumML.Combinatorial.Problems;

namespace QuantumML.Tests.Combinatorial;

public sealed class GraphGeneratorTests
{
    [Theory]
    [InlineData(10, 3, 1UL)]
    [InlineData(14, 3, 2UL)]
    [InlineData(50, 5, 3UL)]
    public void RegularGraphsAreSimpleAndRegular(int n, int d, ulong seed)
    {
        var graph = GraphGenerators.RandomRegular(n, d, seed);
        Assert.Equal(n * d / 2, graph.Edges.Count);
        Assert.All(graph.Edges, e => Assert.NotEqual(e.U, e.V));
        Assert.Equal(graph.Edges.Count, graph.Edges.Select(e => (Math.Min(e.U, e.V), Math.Max(e.U, e.V))).Distinct().Count());
        var degrees = new int[n];
        foreach (var e in graph.Edges)
        {
            degrees[e.U]++;
            degrees[e.V]++;
        }
        Assert.All(degrees, k => Assert.Equal(d, k));
        Assert.Equal(graph.Edges, GraphGenerators.RandomRegular(n, d, seed).Edges);
        Assert.NotEqual(graph.Edges, GraphGenerators.RandomRegular(n, d, seed + 100).Edges);
    }

    [Fact]
    public void OddDegreeSumIsRefused() => Assert.Throws<ArgumentException>(() => GraphGenerators.RandomRegular(5, 3, 1));

    [Fact]
    public void ErdosRenyiHasAboutPTimesThePairs()
    {
        var graph = GraphGenerators.ErdosRenyi(100, 0.2, 7);
        Assert.InRange(graph.Edges.Count, 850, 1130); // mean 990, sd ≈ 28
        Assert.Equal(graph.Edges, GraphGenerators.ErdosRenyi(100, 0.2, 7).Edges);
        Assert.Empty(GraphGenerators.ErdosRenyi(10, 0, 1).Edges);
        Assert.Equal(45, GraphGenerators.ErdosRenyi(10, 1, 1).Edges.Count);
    }
}
