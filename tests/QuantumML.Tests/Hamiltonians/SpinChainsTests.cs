using QuantumML.Hamiltonians;

namespace QuantumML.Tests.Hamiltonians;

public sealed class SpinChainsTests
{
    [Fact]
    public void TransverseFieldIsingHasBondsThenFieldsWithMinusSigns()
    {
        Assert.Equal("-1 * Z0 Z1 - 1 * Z1 Z2 - 0.5 * X0 - 0.5 * X1 - 0.5 * X2",
            SpinChains.TransverseFieldIsing(3, 1.0, 0.5, ChainBoundary.Open).ToString());
        Assert.Equal("-2 * Z0 Z1 - 2 * Z1 Z2 - 2 * Z0 Z2 - 0 * X0 - 0 * X1 - 0 * X2",
            SpinChains.TransverseFieldIsing(3, 2.0, 0.0, ChainBoundary.Periodic).ToString());
    }

    [Fact]
    public void HeisenbergXxzHasXxYyAndDeltaZzPerBond()
    {
        var h = SpinChains.HeisenbergXxz(4, 0.5, 2.0, ChainBoundary.Periodic);
        Assert.Equal(12, h.Terms.Count);
        Assert.Equal("0.5 * X0 X3 + 0.5 * Y0 Y3 + 1 * Z0 Z3", new PauliSum(4, h.Terms.Skip(9)).ToString());
        Assert.True(h.IsReal);
        Assert.Equal(6, SpinChains.HeisenbergXxz(4, 1.0, 0.0, ChainBoundary.Open).Terms.Count);
    }

    [Fact]
    public void PeriodicChainsNeedThreeSites()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SpinChains.TransverseFieldIsing(2, 1, 1, ChainBoundary.Periodic));
        Assert.Throws<ArgumentOutOfRangeException>(() => SpinChains.HeisenbergXxz(1, 1, 1, ChainBoundary.Open));
    }
}
