using QuantumML.Combinatorial.Problems;

namespace QuantumML.Tests.Combinatorial;

public sealed class FlipDeltaTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EachFlipDeltaIsTheEnergyDifference(int seed)
    {
        var model = RandomInstances.Ising(12, seed);
        var random = new Random(seed);
        var spins = Enumerable.Range(0, 12).Select(_ => random.Next(2) == 0 ? (sbyte)1 : (sbyte)-1).ToArray();
        var energy = model.Energy(spins);
        for (var i = 0; i < spins.Length; i++)
        {
            var flipped = (sbyte[])spins.Clone();
            flipped[i] = (sbyte)-flipped[i];
            Assert.Equal(model.Energy(flipped) - energy, model.FlipDelta(spins, i), 9);
        }
    }

    [Fact]
    public void StateKeepsEnergyAndFieldsThroughManyFlips()
    {
        var model = RandomInstances.Ising(15, 9, density: 0.3);
        var state = new IsingState(model, Spins.FromIndex(12345, 15));
        var random = new Random(3);
        for (var step = 0; step < 500; step++)
        {
            var i = random.Next(15);
            var before = state.Energy;
            var delta = state.Delta(i);
            state.Flip(i);
            Assert.Equal(before + delta, state.Energy, 12);
        }
        var spins = state.Spins.ToArray();
        Assert.Equal(model.Energy(spins), state.Energy, 9);
        for (var i = 0; i < 15; i++) Assert.Equal(model.LocalField(spins, i), state.LocalField(i), 9);
    }
}
