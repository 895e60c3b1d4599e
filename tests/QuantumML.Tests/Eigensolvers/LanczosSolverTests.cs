using System.Numerics;
using QuantumML.Eigensolvers;
using QuantumML.Hamiltonians;
using QuantumML.Tests.Hamiltonians;

namespace QuantumML.Tests.Eigensolvers;

public sealed class LanczosSolverTests
{
    // One 10-qubit case: a dense 1024 × 1024 eigendecomposition takes about 3 s with MathNet's managed provider.
    public static TheoryData<string, int> Chains => new()
    {
        { "tfim-periodic-critical", 10 },
        { "tfim-open-critical", 8 },
        { "tfim-periodic-ordered", 8 },
        { "xxz-periodic", 9 },
        { "xxz-open", 8 },
        { "heisenberg-periodic", 8 },
    };

    private static PauliSum Chain(string name, int n) => name switch
    {
        "tfim-periodic-critical" => SpinChains.TransverseFieldIsing(n, 1.0, 1.0, ChainBoundary.Periodic),
        "tfim-open-critical" => SpinChains.TransverseFieldIsing(n, 1.0, 1.0, ChainBoundary.Open),
        "tfim-periodic-ordered" => SpinChains.TransverseFieldIsing(n, 1.0, 0.4, ChainBoundary.Periodic),
        "xxz-periodic" => SpinChains.HeisenbergXxz(n, 1.0, 0.5, ChainBoundary.Periodic),
        "xxz-open" => SpinChains.HeisenbergXxz(n, 1.0, 1.5, ChainBoundary.Open),
        _ => SpinChains.HeisenbergXxz(n, 1.0, 1.0, ChainBoundary.Periodic),
    };

    [Theory]
    [MemberData(nameof(Chains))]
    public void LanczosEqualsDenseEigendecomposition(string name, int n)
    {
        var h = Chain(name, n);
        var dense = DenseEigensolver.Solve(h);
        var lanczos = LanczosSolver.Solve(h);
        Assert.Equal(dense.Energy, lanczos.Energy, 8);
        Assert.Equal(EigensolverMethod.Lanczos, lanczos.Method);
        Assert.True(lanczos.ResidualNorm < 1e-4, $"residual {lanczos.ResidualNorm}");
        Assert.Equal(lanczos.Energy, h.Expectation(lanczos.State), 8);
    }

    [Fact]
    public void ComplexHamiltoniansRunOnTheirRealForm()
    {
        var h = PauliMatrices.RandomSum(6, 30, new Random(5));
        Assert.False(h.IsReal);
        var lanczos = LanczosSolver.Solve(h);
        Assert.Equal(DenseEigensolver.Solve(h).Energy, lanczos.Energy, 8);
        Assert.Equal(1.0, lanczos.State.Sum(a => a.Magnitude * a.Magnitude), 12);
    }

    [Fact]
    public void SmallBasisRestartsAndStillConverges()
    {
        var h = SpinChains.TransverseFieldIsing(8, 1.0, 1.0, ChainBoundary.Periodic);
        var op = h.Operator;
        var result = LanczosSolver.FindLowest(op.Dimension, op.ApplyReal, new LanczosOptions { MaxBasisSize = 8 });
        Assert.True(result.Converged);
        Assert.True(result.Restarts > 0);
        Assert.Equal(DenseEigensolver.Solve(h).Energy, result.Eigenvalue, 8);
    }

    [Fact]
    public void SameSeedGivesTheSameRun()
    {
        var h = SpinChains.HeisenbergXxz(6, 1.0, 0.5, ChainBoundary.Open);
        var a = LanczosSolver.FindLowest(64, h.Operator.ApplyReal, new LanczosOptions { Seed = 3 });
        var b = LanczosSolver.FindLowest(64, h.Operator.ApplyReal, new LanczosOptions { Seed = 3 });
        Assert.Equal(a.Eigenvalue, b.Eigenvalue);
        Assert.Equal(a.Iterations, b.Iterations);
    }

    [Fact]
    public void ABudgetTooSmallIsReportedNotHidden()
    {
        var h = SpinChains.TransverseFieldIsing(8, 1.0, 1.0, ChainBoundary.Periodic);
        var result = LanczosSolver.FindLowest(256, h.Operator.ApplyReal, new LanczosOptions { MaxIterations = 3 });
        Assert.False(result.Converged);
        Assert.Equal(3, result.Iterations);
        Assert.Throws<InvalidOperationException>(() => LanczosSolver.Solve(h, new LanczosOptions { MaxIterations = 3 }));
    }

    [Fact]
    public void FacadeChoosesDenseForSmallAndLanczosForLarge()
    {
        var h = SpinChains.TransverseFieldIsing(6, 1.0, 1.0, ChainBoundary.Periodic);
        var dense = ExactGroundState.Solve(h);
        var lanczos = ExactGroundState.Solve(h, denseMaxQubits: 4);
        Assert.Equal(EigensolverMethod.Dense, dense.Method);
        Assert.NotNull(dense.Gap);
        Assert.Equal(EigensolverMethod.Lanczos, lanczos.Method);
        Assert.Equal(dense.Energy, lanczos.Energy, 9);
        var overlap = dense.State.Zip(lanczos.State, (x, y) => Complex.Conjugate(x) * y).Aggregate(Complex.Zero, (s, v) => s + v);
        Assert.Equal(1.0, overlap.Magnitude, 6);
    }
}
