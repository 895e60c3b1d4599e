using QuantumML.Combinatorial.Problems;
using QuantumML.Graphs;
using QuantumML.Qaoa;

namespace QuantumML.Tests.Graphs;

/// <summary>Modularity against hand-computed values, and the Ising forms of community detection against it and against
/// the cut, for every assignment of small graphs.</summary>
public sealed class ModularityTests
{
    // Two triangles {0,1,2} and {3,4,5} joined by the edge 2-3: m = 7.
    private static readonly Graph Barbell = Graph.Create(6, [new(0, 1, 1), new(0, 2, 1), new(1, 2, 1), new(3, 4, 1), new(3, 5, 1), new(4, 5, 1), new(2, 3, 1)]);

    [Fact]
    public void TheTwoTrianglesSplitHasTheHandComputedModularity()
    {
        // Each side: 3 edges inside, degree sum 7: Q = 2 (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14.
        Assert.Equal(5.0 / 14, Modularity.Of(Barbell, [0, 0, 0, 1, 1, 1]), 12);
        // One community holds everything: Q = 7/7 − 1 = 0.
        Assert.Equal(0, Modularity.Of(Barbell, [0, 0, 0, 0, 0, 0]), 12);
        // {0}, {1..5}: inside 0 and 5 edges; degree sums 2 and 12: Q = 5/7 − (2/14)² − (12/14)² = 5/7 − 148/196.
        Assert.Equal(5.0 / 7 - 148.0 / 196, Modularity.Of(Barbell, [1, 0, 0, 0, 0, 0]), 12);
    }

    [Fact]
    public void TheModularityMatrixGivesTheSameQ()
    {
        var b = Modularity.Matrix(Barbell);
        int[] c = [0, 1, 0, 1, 1, 0];
        var q = 0.0;
        for (var i = 0; i < 6; i++)
            for (var j = 0; j < 6; j++) q += c[i] == c[j] ? b[i, j] : 0;
        Assert.Equal(Modularity.Of(Barbell, c), q / 14, 12);
    }

    [Fact]
    public void TheModularityIsingEnergyIsMinusQForEveryAssignment()
    {
        var graph = Graph.Create(7, [new(0, 1, 1), new(0, 2, 2), new(1, 2, 1), new(2, 3, 0.5), new(3, 4, 1), new(4, 5, 3), new(5, 6, 1), new(3, 6, 1), new(1, 5, 1)]);
        var ising = CommunityQubo.Modularity(graph);
        var qaoa = QaoaProblem.FromIsing(ising);
        for (var index = 0; index < 1 << 7; index++)
        {
            var spins = qaoa.Spins(index);
            var q = Modularity.Of(graph, CommunityQubo.Lift(spins, null, 7));
            Assert.Equal(-q, ising.Energy(spins), 12);
            Assert.Equal(-q, qaoa.Cost(index), 12);
            // The same problem as a QUBO over bits x = (1 − s)/2.
            var bits = spins.Select(s => s < 0).ToArray();
            Assert.Equal(-q, QuboModel.FromIsing(ising).Value(bits), 12);
        }
    }

    [Fact]
    public void OnGroupsTheEnergyIsMinusTheModularityOfTheLiftedPartition()
    {
        var graph = KarateClub.Graph;
        var groups = GraphCoarsening.Coarsen(graph, 10);
        Assert.Equal(10, groups.Max() + 1);
        var ising = CommunityQubo.Modularity(graph, groups);
        var qaoa = QaoaProblem.FromIsing(ising);
        for (var index = 0; index < 1 << 10; index++)
        {
            var spins = qaoa.Spins(index);
            Assert.Equal(-Modularity.Of(graph, CommunityQubo.Lift(spins, groups, 34)), qaoa.Cost(index), 12);
        }
    }

    [Fact]
    public void TheBalancedMinCutEnergyIsTheCutPlusThePenaltyForEveryAssignment()
    {
        var groups = new[] { 0, 0, 1, 2, 3, 3 };
        foreach (var g in new[] { null, groups })
        {
            var ising = CommunityQubo.BalancedMinCut(Barbell, 0.75, g);
            var qaoa = QaoaProblem.FromIsing(ising);
            for (var index = 0; index < 1 << qaoa.Qubits; index++)
            {
                var communities = CommunityQubo.Lift(qaoa.Spins(index), g, 6);
                var cut = Barbell.Edges.Where(e => communities[e.U] != communities[e.V]).Sum(e => e.Weight);
                var imbalance = communities.Sum(c => c == 0 ? 1 : -1);
                Assert.Equal(cut + 0.75 * imbalance * imbalance, qaoa.Cost(index), 12);
            }
        }
    }

    [Fact]
    public void WithTheDefaultPenaltyTheMinimumIsTheBalancedTwoTriangleSplit()
    {
        var ising = CommunityQubo.BalancedMinCut(Barbell, CommunityQubo.DefaultPenalty(Barbell));
        var costs = QaoaProblem.FromIsing(ising).Costs();
        var best = Array.IndexOf(costs, costs.Min());
        var communities = CommunityQubo.Lift(QaoaProblem.FromIsing(ising).Spins(best), null, 6);
        Assert.Equal([0, 0, 0, 1, 1, 1], Partitions.Canonical(communities));
        Assert.Equal(1.0, costs.Min(), 12); // the bridge is the only cut edge
        Assert.Equal(2, costs.Count(c => Math.Abs(c - 1) < 1e-12)); // and its mirror image
    }
}
