using QuantumML.Combinatorial.Baselines;
using QuantumML.Combinatorial.Exact;
using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;
using QuantumML.Graphs;

namespace QuantumML.Tests.Combinatorial;

public sealed class GoemansWilliamsonTests
{
    public static TheoryData<string, int> Graphs => new() { { "regular", 1 }, { "regular", 2 }, { "er", 3 }, { "er", 4 }, { "weighted", 5 } };

    private static MaxCutGraph Graph(string kind, int seed) => kind switch
    {
        "regular" => GraphGenerators.RandomRegular(20, 3, (ulong)seed),
        "er" => GraphGenerators.ErdosRenyi(16, 0.5, (ulong)seed),
        _ => MaxCutGraph.Create(14, RandomInstances.Graph(14, seed).Edges.Select(e => e with { Weight = Math.Abs(e.Weight) + 0.1 })),
    };

    [Theory]
    [MemberData(nameof(Graphs))]
    public void CutLiesBetweenPointEightSevenEightOfTheBoundAndTheBound(string kind, int seed)
    {
        var graph = Graph(kind, seed);
        var result = new GoemansWilliamson().Solve(graph.ToIsing(), new SolverOptions { Reads = 200, Seed = (ulong)seed }).ForMaxCut(graph);
        var bound = -result.EnergyLowerBound!.Value;
        var optimum = graph.Cut(BruteForce.Minimize(graph.ToIsing()).Spins);
        Assert.True(optimum <= bound + 1e-6, $"max cut {optimum} above the SDP bound {bound}");
        Assert.True(result.Cut <= optimum + 1e-9);
        Assert.True(result.Cut >= 0.878 * bound, $"cut {result.Cut} below 0.878 × bound {bound}");
    }

    [Fact]
    public void FiveCycleBoundIsTheKnownValue()
    {
        // The SDP value of C5 is 5(1 + cos(π/5))/2 ≈ 4.5225 (vectors 4π/5 apart); its max cut is 4.
        var graph = MaxCutGraph.Create(5, Enumerable.Range(0, 5).Select(i => new WeightedEdge(i, (i + 1) % 5, 1)));
        var relaxation = new GoemansWilliamson().Relax(graph.ToIsing());
        Assert.Equal(5 * (1 + Math.Cos(Math.PI / 5)) / 2, -relaxation.LowerBound, 4);
        Assert.Equal(-relaxation.LowerBound, -relaxation.Value, 4);
        Assert.All(relaxation.Vectors, v => Assert.Equal(1, Math.Sqrt(v.Sum(x => x * x)), 9));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void BoundHoldsWithFields(int seed)
    {
        var model = RandomInstances.Ising(12, seed);
        var relaxation = new GoemansWilliamson().Relax(model);
        Assert.True(relaxation.HasFieldVector);
        Assert.True(relaxation.LowerBound <= BruteForce.Minimize(model).Energy + 1e-6);
        Assert.True(relaxation.LowerBound <= relaxation.Value + 1e-6);
    }
}
