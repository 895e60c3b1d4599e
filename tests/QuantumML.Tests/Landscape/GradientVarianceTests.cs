using QuantumML.Landscape;
using QuantumML.Quantum;
using QuantumML.Variational;
using Complex = System.Numerics.Complex;

namespace QuantumML.Tests.Landscape;

/// <summary>Gradient variances against a closed form, finite differences of states, and the barren-plateau picture.</summary>
public sealed class GradientVarianceTests
{
    private static CircuitEvaluator Evaluator() => new(TestRuntime.Runtime, TestRuntime.Project, ExecutionMode.Exact, new Random(1));

    private static LandscapeAnsatz HardwareEfficient => LandscapeAnsatz.Shipped[0];

    [Fact]
    public async Task OneHardwareEfficientLayerMatchesTheClosedFormOfItsGlobalCost()
    {
        // One layer: the CNOT chain fixes ⟨0…0|, so |⟨0…0|ψ⟩|² = Πⱼ cos²(θⱼ/2) over the Ry angles, whatever the Rz angles.
        // ∂C/∂θ₀ = ½ sin θ₀ Πⱼ₌₁ cos²(θⱼ/2), so Var = E[¼ sin²] · E[cos⁴]ⁿ⁻¹ = (1/8)(3/8)ⁿ⁻¹ and E[C] = 1 − 2⁻ⁿ.
        const int n = 3;
        var points = await GradientVariance.MeasureAsync(Evaluator(), HardwareEfficient, n, 1, new GradientVarianceOptions(4000, 3), CancellationToken.None);
        var global = points.Single(p => p.Cost == CostKind.Global);
        var expected = 0.125 * Math.Pow(0.375, n - 1);
        Assert.InRange(global.FirstParameterVariance, expected - 4 * global.FirstParameterStandardError, expected + 4 * global.FirstParameterStandardError);
        Assert.True(global.FirstParameterStandardError < 0.1 * expected);
        Assert.InRange(global.MeanCost, 1 - Math.Pow(2, -n) - 0.01, 1 - Math.Pow(2, -n) + 0.01);
        for (var k = n; k < 2 * n; k++) Assert.True(global.Variances[k] < 1e-25, $"Rz angle {k} moves the global cost of one layer");
        Assert.Equal(2 * n, global.Parameters);
        Assert.Equal(4000, global.Draws);
    }

    [Fact]
    public async Task AdjointGradientsOfBothCostsEqualFiniteDifferencesOfTheStates()
    {
        // The costs recomputed here from amplitudes: global 1 − |ψ₀|², local 1 − (1/n)Σⱼ P(qubit j reads 0).
        const int n = 3;
        var evaluator = Evaluator();
        double[] theta = [0.4, -1.2, 2.2, 0.9, 1.7, -0.3, 0.8, 2.9, -2.1, 0.1, 1.1, -0.6];
        var observables = new[] { CostObservable.For(CostKind.Global, n), CostObservable.For(CostKind.Local, n) };
        var batch = (await evaluator.AdjointBatchAsync(HardwareEfficient.Expression, n, [theta], observables, CancellationToken.None))!.Value;
        const double h = 1e-6;
        for (var k = 0; k < theta.Length; k++)
        {
            var plus = (double[])theta.Clone();
            var minus = (double[])theta.Clone();
            plus[k] += h;
            minus[k] -= h;
            var states = await evaluator.AnsatzStatesAsync(HardwareEfficient.Expression, n, [plus, minus], CancellationToken.None);
            Assert.Equal((Global(states[0]) - Global(states[1])) / (2 * h), batch.Gradients[0][0][k], 7);
            Assert.Equal((Local(states[0], n) - Local(states[1], n)) / (2 * h), batch.Gradients[0][1][k], 7);
        }
        var at = (await evaluator.AnsatzStatesAsync(HardwareEfficient.Expression, n, [theta], CancellationToken.None))[0];
        Assert.Equal(Global(at), batch.Values[0][0], 12);
        Assert.Equal(Local(at, n), batch.Values[0][1], 12);
    }

    [Fact]
    public async Task GlobalCostHasABarrenPlateauAndTheLocalCostDecaysSlower()
    {
        // Cerezo et al. 2021: with a global cost the gradient variance of a hardware-efficient ansatz vanishes exponentially
        // in n; with a local cost and shallow depth it does not. Two layers, 2 to 10 qubits.
        var evaluator = Evaluator();
        var points = new List<GradientVariancePoint>();
        for (var n = 2; n <= 10; n++)
            points.AddRange(await GradientVariance.MeasureAsync(evaluator, HardwareEfficient, n, 2, new GradientVarianceOptions(200, 1), CancellationToken.None));
        var global = DecayFit.Of([.. points.Where(p => p.Cost == CostKind.Global)]);
        var local = DecayFit.Of([.. points.Where(p => p.Cost == CostKind.Local)]);
        Assert.True(global.RateLower > 0, $"global rate {global.Rate} [{global.RateLower}, {global.RateUpper}]");
        Assert.True(local.RateUpper < global.RateLower, $"local rate {local.Rate} [{local.RateLower}, {local.RateUpper}], global [{global.RateLower}, {global.RateUpper}]");
        Assert.Equal(9, global.Points);
    }

    [Fact]
    public async Task ASymmetryThatFixesTheLocalCostShowsAsAVanishingGradientNotAPlateau()
    {
        // The TFIM ansatz starts in |+…+⟩ and its gates commute with the parity ΠXⱼ, which anticommutes with every Zⱼ: ⟨Zⱼ⟩ = 0
        // for every parameter, so the local cost is ½ everywhere. Its global cost still moves.
        var points = await GradientVariance.MeasureAsync(Evaluator(), LandscapeAnsatz.Shipped[2], 4, 2, new GradientVarianceOptions(50, 1), CancellationToken.None);
        var local = points.Single(p => p.Cost == CostKind.Local);
        var global = points.Single(p => p.Cost == CostKind.Global);
        Assert.True(local.Vanishes);
        Assert.Equal(0.5, local.MeanCost, 12);
        Assert.False(global.Vanishes);
        Assert.Equal(4, global.Parameters);
    }

    [Fact]
    public async Task AnAnsatzTheCompiledEngineRefusesIsNamedWithTheReason()
    {
        var circuit = new AnsatzCircuit("(p, qs) => { Rx(p[0], qs[0]); if M(qs[0]) == One { X(qs[1]); } }", 2, 1, false);
        var e = await Assert.ThrowsAsync<CompiledEngineRequiredException>(() => GradientVariance.MeasureAsync(Evaluator(), "measured", circuit, 1, new GradientVarianceOptions(), CancellationToken.None));
        Assert.Contains("QDK engine because", e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(e.Reason));
    }

    [Fact]
    public void CostsAreTheProjectorsTheyAreNamedFor()
    {
        var global = CostObservable.For(CostKind.Global, 3);
        var local = CostObservable.For(CostKind.Local, 3);
        Assert.Equal(0, global.ValueOf(0));
        Assert.Equal(1, global.ValueOf(5));
        Assert.Equal(2 / 3.0, local.ValueOf(0b101), 15);
        Assert.Equal(1, local.ValueOf(0b111), 15);
    }

    private static double Global(Complex[] state) => 1 - state[0].Magnitude * state[0].Magnitude;

    private static double Local(Complex[] state, int n)
    {
        var zeros = 0.0;
        for (var j = 0; j < n; j++)
            for (var i = 0; i < state.Length; i++)
                if (((i >> (n - 1 - j)) & 1) == 0) zeros += state[i].Magnitude * state[i].Magnitude;
        return 1 - zeros / n;
    }
}
