using MathNet.Numerics.LinearAlgebra;
using QuantumML.Eigensolvers;
using QuantumML.Hamiltonians;
using QuantumML.Optimization;
using QuantumML.Quantum;
using QuantumML.Variational;
using QuantumML.Vqe;
using Complex = System.Numerics.Complex;

namespace QuantumML.Tests.Vqe;

/// <summary>VQE energies from Q# against MathNet state vectors and exact diagonalization.</summary>
public sealed class VqeTests
{
    private static CircuitEvaluator Evaluator(ExecutionMode mode, int seed = 5) => new(TestRuntime.Runtime, TestRuntime.Project, mode, new Random(seed));

    private static Matrix<Complex> Single(Complex a, Complex b, Complex c, Complex d) => Matrix<Complex>.Build.DenseOfArray(new[,] { { a, b }, { c, d } });

    /// <summary>A one-qubit gate on qubit q of n (qubit 0 leftmost in the Kronecker product, i.e. the most significant bit).</summary>
    private static Matrix<Complex> On(Matrix<Complex> gate, int q, int n)
    {
        var m = q == 0 ? gate : Matrix<Complex>.Build.DenseIdentity(2);
        for (var k = 1; k < n; k++) m = m.KroneckerProduct(k == q ? gate : Matrix<Complex>.Build.DenseIdentity(2));
        return m;
    }

    private static Matrix<Complex> Cnot(int control, int target, int n)
    {
        var dim = 1 << n;
        var m = Matrix<Complex>.Build.Dense(dim, dim);
        for (var i = 0; i < dim; i++)
        {
            var j = ((i >> (n - 1 - control)) & 1) == 1 ? i ^ (1 << (n - 1 - target)) : i;
            m[j, i] = 1;
        }
        return m;
    }

    /// <summary>The hardware-efficient ansatz built from MathNet matrices: Ry(θ) = [[c, −s], [s, c]], Rz(θ) = diag(e^{−iθ/2}, e^{iθ/2}).</summary>
    private static Vector<Complex> HardwareEfficientState(double[] theta, int n)
    {
        var psi = Vector<Complex>.Build.Dense(1 << n);
        psi[0] = 1;
        for (var layer = 0; layer < theta.Length / (2 * n); layer++)
        {
            for (var j = 0; j < n; j++)
            {
                var (ry, rz) = (theta[2 * n * layer + j], theta[2 * n * layer + n + j]);
                psi = On(Single(Math.Cos(ry / 2), -Math.Sin(ry / 2), Math.Sin(ry / 2), Math.Cos(ry / 2)), j, n) * psi;
                psi = On(Single(Complex.Exp(-Complex.ImaginaryOne * rz / 2), 0, 0, Complex.Exp(Complex.ImaginaryOne * rz / 2)), j, n) * psi;
            }
            for (var j = 0; j < n - 1; j++) psi = Cnot(j, j + 1, n) * psi;
        }
        return psi;
    }

    [Fact]
    public async Task ExactEnergyOfAFixedParameterVectorEqualsTheMathNetStateVectorValue()
    {
        var h = SpinChains.HeisenbergXxz(3, 0.8, 0.5, ChainBoundary.Open).Add(SpinChains.TransverseFieldIsing(3, 0.3, 0.7, ChainBoundary.Open));
        double[] theta = [0.3, -1.1, 0.7, 0.2, 1.9, -0.4, 1.3, 0.05, -0.8, 2.2, 0.6, -1.7];
        var objective = new EnergyObjective(Evaluator(ExecutionMode.Exact), TestAnsatz.Of("hardware-efficient", 3, 2), new PauliObservable(h), GradientKind.None);
        var (energy, _) = await objective.ExactAsync(theta, CancellationToken.None);
        var psi = HardwareEfficientState(theta, 3);
        var expected = psi.ConjugateDotProduct(h.ToDenseMatrix() * psi).Real;
        Assert.Equal(expected, energy, 9);
    }

    [Fact]
    public async Task ParameterShiftGradientMatchesFiniteDifferencesOfTheExactEnergy()
    {
        var h = SpinChains.TransverseFieldIsing(3, 1.0, 0.6, ChainBoundary.Open);
        double[] theta = [0.3, -1.1, 0.7, 0.2, 1.9, -0.4];
        var shift = new EnergyObjective(Evaluator(ExecutionMode.Exact), TestAnsatz.Of("hardware-efficient", 3, 1), new PauliObservable(h), GradientKind.ParameterShift).Evaluate(theta, CancellationToken.None);
        var fd = new EnergyObjective(Evaluator(ExecutionMode.Exact), TestAnsatz.Of("hardware-efficient", 3, 1), new PauliObservable(h), GradientKind.FiniteDifference, 1e-5).Evaluate(theta, CancellationToken.None);
        Assert.Equal(fd.Value, shift.Value, 12);
        for (var j = 0; j < theta.Length; j++) Assert.Equal(fd.Gradient![j], shift.Gradient![j], 6);
        Assert.Contains(shift.Gradient!, g => Math.Abs(g) > 1e-3);
    }

    [Theory]
    [InlineData(ExecutionKind.SampledInHost)]
    [InlineData(ExecutionKind.ShotsInQSharp)]
    public async Task ShotEstimatesPerMeasurementGroupAgreeWithTheExactEnergy(ExecutionKind kind)
    {
        // Three groups (Z-type, X-type, Y-type terms): every basis-change path is exercised.
        var h = PauliSum.Parse("0.5 * Z0 Z1 - 0.8 * X0 X1 + 0.3 * Y0 Y1 + 0.4 * Z1 - 0.2 * X0");
        double[] theta = [0.9, -0.3, 1.4, 0.8];
        const int shots = 4000;
        var ansatz = TestAnsatz.Of("hardware-efficient", 2, 1);
        var observable = new PauliObservable(h);
        var exact = (await new EnergyObjective(Evaluator(ExecutionMode.Exact), ansatz, observable, GradientKind.None).ExactAsync(theta, CancellationToken.None)).Energy;
        var sampled = new EnergyObjective(Evaluator(new ExecutionMode(kind, shots)), ansatz, observable, GradientKind.None);
        var estimates = await sampled.EnergiesAsync([theta, theta, theta], CancellationToken.None);
        // Each group's estimate has variance ≤ (Σ|c|)²/shots; 5 standard deviations of the worst case.
        var bound = 5 * h.OneNorm / Math.Sqrt(shots);
        foreach (var e in estimates) Assert.InRange(e, exact - bound, exact + bound);
        Assert.True(estimates.Distinct().Count() > 1, "Three estimates with independent shots should differ.");
        Assert.Equal(3, observable.MeasurementBases.Count);
    }

    [Fact]
    public async Task SampledEstimatesAreReproducibleFromTheSeed()
    {
        var h = PauliSum.Parse("0.5 * Z0 Z1 - 0.8 * X0 X1");
        double[] theta = [0.9, -0.3, 1.4, 0.8];
        async Task<double> Once() => (await new EnergyObjective(Evaluator(new ExecutionMode(ExecutionKind.SampledInHost, 500), 11), TestAnsatz.Of("hardware-efficient", 2, 1), new PauliObservable(h), GradientKind.None)
            .EnergiesAsync([theta], CancellationToken.None))[0];
        Assert.Equal(await Once(), await Once());
    }

    [Fact]
    public async Task UccOnH2AtEquilibriumReachesChemicalAccuracy()
    {
        var point = BondLengthScan.Load(RepositoryData.PathOf("h2-sto3g.json")).At(0.735);
        var h = point.JordanWigner;
        var exact = ExactGroundState.Solve(h).Energy;
        var objective = new EnergyObjective(Evaluator(ExecutionMode.Exact), TestAnsatz.Of("ucc", 4, 1, "h2"), new PauliObservable(h), GradientKind.ParameterShift);
        var result = await VariationalMinimizer.MinimizeAsync(objective, new LBfgs(50, 1e-8), [0.0], CancellationToken.None);
        Assert.True(Math.Abs(result.Energy - exact) < 1.6e-3, $"VQE {result.Energy}, exact {exact}");
        // The Hartree-Fock start is above the exact energy by the correlation energy; VQE must have moved off it.
        Assert.True(result.Energy < point.HartreeFockEnergy - 1e-3);
    }

    [Fact]
    public async Task HamiltonianVariationalAnsatzAtHalfTheChainLengthIsExactForThePeriodicTfim()
    {
        // Ho and Hsieh (SciPost Phys. 6, 029): p = n/2 layers reach the ground state of the periodic TFIM.
        var h = SpinChains.TransverseFieldIsing(4, 1.0, 1.0, ChainBoundary.Periodic);
        var exact = ExactGroundState.Solve(h).Energy;
        var objective = new EnergyObjective(Evaluator(ExecutionMode.Exact), TestAnsatz.Of("hva", 4, 2, "tfim", periodic: true), new PauliObservable(h), GradientKind.FiniteDifference);
        var result = await VariationalMinimizer.MinimizeAsync(objective, new LBfgs(200, 1e-8), [0.2, -0.1, 0.3, 0.1], CancellationToken.None);
        Assert.True(Math.Abs(result.Energy - exact) < 1e-6, $"VQE {result.Energy}, exact {exact}");
    }
}
