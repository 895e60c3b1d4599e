using QuantumML.Hamiltonians;

namespace QuantumML.Tests.Hamiltonians;

public sealed class PauliStringTests
{
    [Fact]
    public void MasksEncodeEachPauliPerQubit()
    {
        var p = PauliString.On(0, Pauli.X).With(2, Pauli.Y).With(5, Pauli.Z);
        Assert.Equal(Pauli.X, p[0]);
        Assert.Equal(Pauli.I, p[1]);
        Assert.Equal(Pauli.Y, p[2]);
        Assert.Equal(Pauli.Z, p[5]);
        Assert.Equal(3, p.Weight);
        Assert.Equal(1, p.YCount);
        Assert.Equal(6, p.QubitSpan);
        Assert.Equal("X0 Y2 Z5", p.ToString());
        Assert.Equal("XIYIIZ", p.ToDenseString(6));
        Assert.Equal("I", PauliString.Identity.ToString());
    }

    [Theory]
    [InlineData("Z0 Z1")]
    [InlineData("Z0*Z1")]
    [InlineData("Z0Z1")]
    [InlineData(" Z0  *  Z1 ")]
    [InlineData("ZZ")]
    public void SparseRunTogetherAndDenseLabelsAgree(string label) =>
        Assert.Equal(PauliString.On(0, Pauli.Z).With(1, Pauli.Z), PauliString.Parse(label));

    [Fact]
    public void CommutationFollowsTheCountOfAnticommutingQubits()
    {
        var xx = PauliString.Parse("X0 X1");
        var zz = PauliString.Parse("Z0 Z1");
        var z0 = PauliString.Parse("Z0");
        Assert.True(xx.CommutesWith(zz));
        Assert.False(xx.QubitWiseCommutesWith(zz));
        Assert.False(xx.CommutesWith(z0));
        Assert.True(zz.QubitWiseCommutesWith(z0));
        Assert.True(PauliString.Parse("X0 Z2").QubitWiseCommutesWith(PauliString.Parse("X0 Y1")));
    }

    [Fact]
    public void OrderingPutsLowerWeightAndLowerQubitsFirst()
    {
        var sorted = new[] { "Z1", "Z0 Z1", "I", "Z0", "X0" }.Select(PauliString.Parse).Order().Select(p => p.ToString());
        Assert.Equal(["I", "Z0", "X0", "Z1", "Z0 Z1"], sorted);
    }
}
