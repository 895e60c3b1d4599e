using QuantumML.Hamiltonians;
using QuantumML.Optimization;
using QuantumML.Quantum;
using QuantumML.Variational;
using QuantumML.Vqe;
using Complex = System.Numerics.Complex;

namespace QuantumML.Tests.Vqe;

/// <summary>Layer-wise growth: which placement of the new layer's zero angles keeps the state, checked on the shipped ansatzes'
/// states, and a growth that ends where the deepest optimum is.</summary>
public sealed class LayerGrowthTests
{
    private static CircuitEvaluator Evaluator() => new(TestRuntime.Runtime, TestRuntime.Project, ExecutionMode.Exact, new Random(4));

    private static double Overlap(Complex[] a, Complex[] b)
    {
        var inner = Complex.Zero;
        for (var i = 0; i < a.Length; i++) inner += Complex.Conjugate(a[i]) * b[i];
        return inner.Magnitude;
    }

    public static TheoryData<string, int, bool, bool> Ansatzes => new()
    {
        // (ansatz, qubits, state kept with the layer in front, state kept with the layer at the back)
        { "hardware-efficient", 4, true, false },
        { "strongly-entangling", 4, false, false },
        { "strongly-entangling", 2, true, false },
        { "hva-tfim", 4, true, true },
        { "hva-xxz", 4, true, true },
    };

    private static AnsatzCircuit Ansatz(string name, int qubits, int layers) => name switch
    {
        "hardware-efficient" or "strongly-entangling" => TestAnsatz.Of(name, qubits, layers),
        "hva-tfim" => TestAnsatz.Of("hva", qubits, layers, "tfim"),
        _ => TestAnsatz.Of("hva", qubits, layers, "xxz", delta: 1.0),
    };

    [Theory]
    [MemberData(nameof(Ansatzes))]
    public async Task ZeroPaddingKeepsTheStateWhereTheNewLayerFixesIt(string name, int qubits, bool frontKeeps, bool backKeeps)
    {
        var evaluator = Evaluator();
        var random = new Random(9);
        var shallow = Ansatz(name, qubits, 2);
        var deep = Ansatz(name, qubits, 3);
        var theta = Enumerable.Range(0, shallow.ParameterCount).Select(_ => 2 * Math.PI * random.NextDouble()).ToArray();
        var before = (await evaluator.AnsatzStatesAsync(shallow.Expression, qubits, [theta], CancellationToken.None))[0];
        foreach (var (placement, keeps) in new[] { (NewLayerPlacement.Front, frontKeeps), (NewLayerPlacement.Back, backKeeps) })
        {
            var padded = LayerGrowth.Padded(theta, 2, deep.ParameterCount, placement);
            var after = (await evaluator.AnsatzStatesAsync(deep.Expression, qubits, [padded], CancellationToken.None))[0];
            var overlap = Overlap(before, after);
            if (keeps) Assert.Equal(1, overlap, 10);
            else Assert.True(overlap < 0.999, $"{name} with the new layer {placement}: |⟨before|after⟩| = {overlap}");
        }
    }

    [Fact]
    public async Task ZeroPaddingOfTheTfimAnsatzIsACriticalPointThatPerturbedStartsLeave()
    {
        // The open TFIM chain of 4 spins at h = J, whose ground state the Hamiltonian-variational ansatz reaches at depth n.
        var h = SpinChains.TransverseFieldIsing(4, 1.0, 1.0, ChainBoundary.Open);
        var exact = h.ToDenseMatrix().Evd(MathNet.Numerics.LinearAlgebra.Symmetricity.Hermitian).EigenValues.Min(e => e.Real);
        AnsatzCircuit At(int l) => TestAnsatz.Of("hva", 4, l, "tfim");
        var stuck = await LayerGrowth.RunAsync(Evaluator(), At, new PauliObservable(h), () => new LBfgs(100, 1e-10), [[0.3, 0.3]],
            new LayerGrowthOptions(3, NewLayerPlacement.Back, exact, 1e-5));
        Assert.Equal(3, stuck.Count);
        Assert.Equal(stuck[0].Result.Best.Result.Energy, stuck[2].Result.Best.Result.Energy, 9);

        var steps = await LayerGrowth.RunAsync(Evaluator(), At, new PauliObservable(h), () => new LBfgs(100, 1e-10), [[0.3, 0.3]],
            new LayerGrowthOptions(6, NewLayerPlacement.Back, exact, 1e-5, PerturbedStarts: 3, Seed: 1));
        for (var i = 1; i < steps.Count; i++)
        {
            Assert.Equal(steps[i - 1].Result.Best.Result.Energy, steps[i].StartEnergy, 9);
            Assert.True(steps[i].Result.Best.Result.Energy <= steps[i - 1].Result.Best.Result.Energy + 1e-12);
            Assert.Equal(4, steps[i].Result.Starts.Count);
        }
        Assert.True(steps[^1].Result.Best.ReachedTarget, $"depth {steps[^1].Layers}: {steps[^1].Result.Best.Result.Energy} vs exact {exact}");
        Assert.InRange(steps.Count, 3, 6);
        Assert.Equal(Enumerable.Range(1, steps.Count), steps.Select(s => s.Layers));
    }

    [Fact]
    public void PaddingRefusesACountThatIsNotOneMoreLayer() =>
        Assert.Throws<ArgumentException>(() => LayerGrowth.Padded(new double[16], 2, 25, NewLayerPlacement.Front));
}
