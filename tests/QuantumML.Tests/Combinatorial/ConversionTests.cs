using QuantumML.Combinatorial.Problems;

namespace QuantumML.Tests.Combinatorial;

public sealed class ConversionTests
{
    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5, 6, 7, 8 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MaxCutToIsingGivesMinusTheCutForEveryAssignment(int seed)
    {
        var n = 2 + seed % 9;
        var graph = RandomInstances.Graph(n, seed);
        var ising = graph.ToIsing();
        foreach (var s in RandomInstances.AllAssignments(n))
            Assert.Equal(graph.Cut(s), -ising.Energy(s), 9);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void QuboToIsingAndBackPreserveEveryValue(int seed)
    {
        var n = 1 + seed % 10;
        var qubo = RandomInstances.Qubo(n, seed);
        var ising = qubo.ToIsing();
        var back = QuboModel.FromIsing(ising);
        foreach (var s in RandomInstances.AllAssignments(n))
        {
            var bits = Spins.ToBits(s);
            Assert.Equal(qubo.Value(bits), ising.Energy(s), 9);
            Assert.Equal(qubo.Value(bits), back.Value(bits), 9);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void IsingToQuboPreservesEveryEnergy(int seed)
    {
        var n = 1 + seed % 10;
        var ising = RandomInstances.Ising(n, seed);
        var qubo = QuboModel.FromIsing(ising);
        foreach (var s in RandomInstances.AllAssignments(n))
            Assert.Equal(ising.Energy(s), qubo.Value(Spins.ToBits(s)), 9);
    }

    [Fact]
    public void ACutIsCountedOnce()
    {
        // A triangle with one vertex apart cuts two of its three edges.
        var graph = MaxCutGraph.Create(3, [new(0, 1, 1), new(1, 2, 2), new(0, 2, 5)]);
        Assert.Equal(7, graph.Cut([1, 1, -1]));
        Assert.Equal(7, graph.Cut([false, false, true]));
        Assert.Equal(8, graph.TotalWeight);
        Assert.Equal(-7, graph.ToIsing().Energy([1, 1, -1]), 12);
    }

    [Fact]
    public void CreateMergesPairsFoldsSelfTermsAndDropsZeros()
    {
        var model = IsingModel.Create(3, [new(1, 0, 1.5), new(0, 1, 0.5), new(2, 2, 4), new(1, 2, 1), new(2, 1, -1)]);
        Assert.Equal([new Coupling(0, 1, 2.0)], model.Couplings);
        Assert.Equal(4, model.Offset);
        Assert.Equal(1, model.Degree(0));
        Assert.Equal(0, model.Degree(2));
    }

    [Fact]
    public void BadInputIsRefused()
    {
        Assert.Throws<ArgumentException>(() => IsingModel.Create(2, [new(0, 2, 1)]));
        Assert.Throws<ArgumentException>(() => IsingModel.Create(2, [new(0, 1, double.NaN)]));
        Assert.Throws<ArgumentException>(() => MaxCutGraph.Create(2, [new(1, 1, 1)]));
        Assert.Throws<ArgumentException>(() => IsingModel.Create(2, []).Energy([1, 0]));
        Assert.Throws<ArgumentException>(() => IsingModel.Create(2, []).Energy([1]));
    }

    [Fact]
    public void IndicesPutVariableZeroFirst()
    {
        Assert.Equal(new sbyte[] { -1, 1, 1 }, Spins.FromIndex(4, 3));
        Assert.Equal(4, Spins.ToIndex([-1, 1, 1]));
        Assert.Equal("100", Spins.ToBitString([-1, 1, 1]));
        for (var i = 0L; i < 32; i++) Assert.Equal(i, Spins.ToIndex(Spins.FromIndex(i, 5)));
    }
}
