using QuantumML.Combinatorial.Exact;
using QuantumML.Combinatorial.Problems;

namespace QuantumML.Tests.Combinatorial;

public sealed class ExactTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(12, 2)]
    [InlineData(15, 3)]
    public void GrayCodeSearchAgreesWithNaiveEnumeration(int n, int threads)
    {
        var model = RandomInstances.IntegerIsing(n, n);
        var energies = RandomInstances.AllAssignments(n).Select(s => model.Energy(s)).ToArray();
        var min = energies.Min();
        var result = BruteForce.Minimize(model, threads);
        Assert.Equal(min, result.Energy, 9);
        Assert.Equal(energies.Count(e => Math.Abs(e - min) < 1e-9), result.OptimalCount);
        Assert.Equal(result.Energy, model.Energy(result.Spins), 12);
        Assert.Equal(1L << n, result.States);
    }

    [Fact]
    public void SpectrumIsIndexedWithVariableZeroFirst()
    {
        var model = RandomInstances.Ising(10, 3);
        var energies = BruteForce.Energies(model);
        for (var index = 0L; index < energies.Length; index++)
            Assert.Equal(model.Energy(Spins.FromIndex(index, 10)), energies[index], 9);
    }

    [Fact]
    public void TriangleHasSixOptimalAssignmentsOfCutTwo()
    {
        var graph = MaxCutGraph.Create(3, [new(0, 1, 1), new(1, 2, 1), new(0, 2, 1)]);
        var result = BruteForce.Minimize(graph.ToIsing());
        Assert.Equal(2, graph.Cut(result.Spins));
        Assert.Equal(6, result.OptimalCount);
    }

    [Fact]
    public void RefusesTooManySpins()
    {
        var model = IsingModel.Create(BruteForce.MaxSpins + 1, []);
        Assert.Throws<ArgumentException>(() => BruteForce.Minimize(model));
        Assert.Throws<ArgumentException>(() => BruteForce.Energies(IsingModel.Create(BruteForce.MaxSpectrumSpins + 1, [])));
    }
}
