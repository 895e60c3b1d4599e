using QuantumML.Eigensolvers;
using QuantumML.Hamiltonians;

namespace QuantumML.Tests.Eigensolvers;

public sealed class DenseEigensolverTests
{
    // Periodic TFIM H = −J Σ Z_i Z_{i+1} − h Σ X_i by Jordan-Wigner and Bogoliubov: E0 = −Σ_k sqrt(J² + h² − 2Jh cos k).
    // For h > 0 the ground state has X-parity +1 (the matrix is stoquastic in the Z basis, so its ground state is positive and
    // overlaps |+…+⟩), the fermion sector with antiperiodic boundary: k = (2m + 1)π/N, m = 0 … N−1 (k = π included for odd N).
    // Pfeuty, Ann. Phys. 57, 79 (1970).
    private static double PeriodicIsingGroundEnergy(int n, double j, double h) =>
        -Enumerable.Range(0, n).Sum(m => Math.Sqrt(j * j + h * h - 2 * j * h * Math.Cos((2 * m + 1) * Math.PI / n)));

    [Theory]
    [InlineData(3, 1.0, 0.7)]
    [InlineData(3, 1.0, 1.0)]
    [InlineData(4, 1.0, 1.0)]
    [InlineData(4, 0.5, 1.3)]
    [InlineData(4, 1.0, 0.2)]
    public void PeriodicIsingMatchesTheFreeFermionFormula(int n, double j, double h)
    {
        var g = DenseEigensolver.Solve(SpinChains.TransverseFieldIsing(n, j, h, ChainBoundary.Periodic));
        Assert.Equal(PeriodicIsingGroundEnergy(n, j, h), g.Energy, 12);
        Assert.True(g.ResidualNorm < 1e-12);
        Assert.Equal(EigensolverMethod.Dense, g.Method);
    }

    [Theory]
    [InlineData(1.0, 0.7)]
    [InlineData(0.5, 1.3)]
    [InlineData(1.0, 0.0)]
    public void OpenTwoSiteIsingIsMinusSqrtOfJSquaredPlusFourHSquared(double j, double h)
    {
        // X-parity +1 block in the basis |++⟩, |−−⟩: [[−2h, −J], [−J, 2h]], lowest eigenvalue −sqrt(J² + 4h²).
        var g = DenseEigensolver.Solve(SpinChains.TransverseFieldIsing(2, j, h, ChainBoundary.Open));
        Assert.Equal(-Math.Sqrt(j * j + 4 * h * h), g.Energy, 12);
    }

    [Fact]
    public void GapOfTheIsingChainClosesAtZeroField()
    {
        // h = 0: the two ferromagnetic states are degenerate.
        Assert.Equal(0.0, DenseEigensolver.Solve(SpinChains.TransverseFieldIsing(4, 1, 0, ChainBoundary.Periodic)).Gap!.Value, 12);
        // Otherwise the gap is E1 − E0 of the full spectrum.
        var h = SpinChains.TransverseFieldIsing(2, 1, 0.7, ChainBoundary.Open);
        var spectrum = DenseEigensolver.Spectrum(h);
        Assert.Equal(spectrum[1] - spectrum[0], DenseEigensolver.Solve(h).Gap!.Value, 12);
    }

    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(0.5, 0.3)]
    public void TwoSiteXxzGroundStateIsTheSinglet(double j, double delta)
    {
        // Singlet (|01⟩ − |10⟩)/√2: XX and YY give −1 each, ZZ gives −1, so E = −J(2 + Δ) (below the triplet for J > 0, Δ > −1).
        var g = DenseEigensolver.Solve(SpinChains.HeisenbergXxz(2, j, delta, ChainBoundary.Open));
        Assert.Equal(-j * (2 + delta), g.Energy, 12);
        Assert.Equal(0.5, g.State[1].Magnitude * g.State[1].Magnitude, 12);
        Assert.Equal(-1.0, (g.State[1] / g.State[2]).Real, 12);
    }

    [Fact]
    public void ComplexHamiltoniansUseTheHermitianSolver()
    {
        var h = PauliSum.Parse("0.7 * X0 Y1 - 0.4 * Y0 Z2 + 0.3 * Z0 Z1 + 0.9 * X2 + 0.2 * Y0 Y1 Y2");
        Assert.False(h.IsReal);
        var g = DenseEigensolver.Solve(h);
        Assert.Equal(g.Energy, h.Expectation(g.State), 12);
        Assert.True(g.ResidualNorm < 1e-12);
        Assert.Equal(DenseEigensolver.Spectrum(h)[0], g.Energy, 12);
    }
}
