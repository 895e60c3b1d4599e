using QuantumML.Graphs;

namespace QuantumML.Tests.Graphs;

public sealed class GraphGenerationTests
{
    [Fact]
    public void TheBlockModelIsSeededAndHasTheExpectedDensities()
    {
        var a = StochasticBlockModel.Generate([60, 60], 0.3, 0.05, 7);
        var b = StochasticBlockModel.Generate([60, 60], 0.3, 0.05, 7);
        var c = StochasticBlockModel.Generate([60, 60], 0.3, 0.05, 8);
        Assert.Equal(a.Edges, b.Edges);
        Assert.NotEqual(a.Edges, c.Edges);
        Assert.Equal(["block 0", "block 1"], a.LabelNames!);
        var inside = a.Edges.Count(e => a.Labels![e.U] == a.Labels[e.V]);
        var across = a.Edges.Count - inside;
        // 2·C(60, 2) = 3540 pairs inside, 3600 across: expected 1062 ± 27 and 180 ± 13 edges.
        Assert.InRange(inside, 1062 - 4 * 27, 1062 + 4 * 27);
        Assert.InRange(across, 180 - 4 * 13, 180 + 4 * 13);
    }

    [Fact]
    public void ProbabilitiesForAMeanDegreeHaveThatRatioAndDegree()
    {
        int[] sizes = [30, 50];
        var (pIn, pOut) = StochasticBlockModel.ProbabilitiesFor(sizes, 6, 4);
        Assert.Equal(4, pIn / pOut, 12);
        var expected = (30 * (29 * pIn + 50 * pOut) + 50 * (49 * pIn + 30 * pOut)) / 80;
        Assert.Equal(6, expected, 12);
        Assert.Throws<ArgumentException>(() => StochasticBlockModel.ProbabilitiesFor([4, 4], 6, 100));
        // Decelle et al.: c_in − c_out = 2√c at the threshold, for c = (c_in + c_out)/2.
        var r = StochasticBlockModel.DetectabilityRatio(9);
        Assert.Equal((9 + 3) / 6.0, r, 12);
    }

    [Fact]
    public void CoarseningReachesTheTargetKeepsEveryNodeAndIsDeterministic()
    {
        var graph = KarateClub.Graph;
        var groups = GraphCoarsening.Coarsen(graph, 12);
        Assert.Equal(groups, GraphCoarsening.Coarsen(graph, 12));
        Assert.Equal(34, groups.Length);
        Assert.Equal(12, groups.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, 12), groups.Distinct().Order());
        // Groups are merged along edges only: every group induces a connected subgraph.
        var neighbours = graph.Neighbours();
        foreach (var g in groups.Distinct())
        {
            var members = Enumerable.Range(0, 34).Where(i => groups[i] == g).ToHashSet();
            var reached = new HashSet<int> { members.First() };
            var frontier = new Queue<int>(reached);
            while (frontier.TryDequeue(out var u))
                foreach (var (v, _) in neighbours[u])
                    if (members.Contains(v) && reached.Add(v)) frontier.Enqueue(v);
            Assert.Equal(members.Count, reached.Count);
        }
    }

    [Fact]
    public void TheLayoutIsSeededAndFillsTheUnitSquare()
    {
        var (x, y) = ForceDirectedLayout.Compute(KarateClub.Graph, seed: 3);
        var (x2, y2) = ForceDirectedLayout.Compute(KarateClub.Graph, seed: 3);
        Assert.Equal(x, x2);
        Assert.Equal(y, y2);
        Assert.Equal(-1, x.Min(), 12);
        Assert.Equal(1, y.Max(), 12);
        // Neighbours sit closer together than the average pair.
        double Distance(int u, int v) => Math.Sqrt((x[u] - x[v]) * (x[u] - x[v]) + (y[u] - y[v]) * (y[u] - y[v]));
        var edges = KarateClub.Graph.Edges.Average(e => Distance(e.U, e.V));
        var all = (from u in Enumerable.Range(0, 34) from v in Enumerable.Range(0, 34) where u < v select Distance(u, v)).Average();
        Assert.True(edges < 0.7 * all, $"edge length {edges}, mean distance {all}");
    }
}
