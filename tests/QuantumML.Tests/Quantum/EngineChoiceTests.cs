using System.Numerics;
using QuantumML.QSharp;
using QuantumML.Quantum;

namespace QuantumML.Tests.Quantum;

/// <summary>The compiled engine against the QDK engine through the evaluator every model uses: equal results, equal shots
/// from equal seeds, and the QDK wherever the compiled engine does not apply, with the reason.</summary>
public sealed class EngineChoiceTests
{
    private static readonly CircuitSpec Reupload = new("Encodings.ApplyZZFeatureMap", "Ansatzes.ApplyStronglyEntanglingAnsatz", 2, Layers: 1, Uploads: 2);

    private static CircuitEvaluator Evaluator(QuantumEngine engine, ExecutionMode? mode = null, int seed = 5) =>
        new(TestRuntime.Runtime, TestRuntime.Project, mode ?? ExecutionMode.Exact, new Random(seed), engine);

    private static (double[][] X, double[] Theta) Inputs(int samples = 6)
    {
        var random = new Random(2);
        var x = Enumerable.Range(0, samples).Select(_ => new[] { random.NextDouble() * 3, random.NextDouble() * 3 }).ToArray();
        var theta = Enumerable.Range(0, 12).Select(_ => random.NextDouble() * 6 - 3).ToArray();
        return (x, theta);
    }

    [Fact]
    public async Task Both_engines_give_the_same_expectations_and_shifted_expectations()
    {
        var (x, theta) = Inputs();
        var compiled = Evaluator(QuantumEngine.Compiled);
        var qdk = Evaluator(QuantumEngine.Qdk);

        var a = await compiled.ShiftedExpectationsAsync(Reupload, x, theta, 2, default);
        var b = await qdk.ShiftedExpectationsAsync(Reupload, x, theta, 2, default);

        Assert.Equal(b.Length, a.Length);
        for (var i = 0; i < a.Length; i++)
            for (var s = 0; s < a[i].Length; s++)
                for (var k = 0; k < 2; k++) Assert.Equal(b[i][s][k], a[i][s][k], 10);
        Assert.Equal("compiled", Assert.Single(compiled.Engines).Engine);
        Assert.Equal("qdk", Assert.Single(qdk.Engines).Engine);
        Assert.True(compiled.Engines[0].Check!.Passed);
    }

    [Fact]
    public async Task Adjoint_jacobian_equals_the_QDK_parameter_shift_one()
    {
        var (x, theta) = Inputs(3);
        var adjoint = await new QuantumML.Gradients.AdjointGradient().EvaluateAsync(Evaluator(QuantumEngine.Compiled), Reupload, x, theta, 2, default);
        var shift = await new QuantumML.Gradients.ParameterShiftGradient().EvaluateAsync(Evaluator(QuantumEngine.Qdk), Reupload, x, theta, 2, default);

        for (var i = 0; i < x.Length; i++)
            for (var k = 0; k < 2; k++)
            {
                Assert.Equal(shift.Values[i][k], adjoint.Values[i][k], 10);
                for (var j = 0; j < theta.Length; j++) Assert.Equal(shift.Jacobians[i][k][j], adjoint.Jacobians[i][k][j], 9);
            }
    }

    [Fact]
    public async Task Both_engines_prepare_the_same_encoded_and_ansatz_states()
    {
        var (x, _) = Inputs();
        var encodedA = await Evaluator(QuantumEngine.Compiled).EncodedStatesAsync("Encodings.ApplyZZFeatureMap", 2, x, default);
        var encodedB = await Evaluator(QuantumEngine.Qdk).EncodedStatesAsync("Encodings.ApplyZZFeatureMap", 2, x, default);
        double[][] points = [[0.3, -1.2, 0.8, 2.0], [1.1, 0.4, -0.6, 0.2]];
        const string tfim = "VqeAnsatzes.ApplyTfimHamiltonianVariational(true, _, _)";
        var ansatzA = await Evaluator(QuantumEngine.Compiled).AnsatzStatesAsync(tfim, 5, points, default);
        var ansatzB = await Evaluator(QuantumEngine.Qdk).AnsatzStatesAsync(tfim, 5, points, default);

        AssertSameStates(encodedB, encodedA);
        AssertSameStates(ansatzB, ansatzA);
    }

    [Theory]
    [InlineData(QuantumEngine.Compiled)]
    [InlineData(QuantumEngine.Qdk)]
    public async Task The_same_seed_gives_the_same_shots_on_either_engine(QuantumEngine engine)
    {
        var (x, theta) = Inputs(8);
        var mode = new ExecutionMode(ExecutionKind.SampledInHost, 200);

        var first = await Evaluator(engine, mode, seed: 9).ExpectationsAsync(Reupload, x, theta, 2, default);
        var again = await Evaluator(engine, mode, seed: 9).ExpectationsAsync(Reupload, x, theta, 2, default);
        var other = await Evaluator(engine == QuantumEngine.Qdk ? QuantumEngine.Compiled : QuantumEngine.Qdk, mode, seed: 9).ExpectationsAsync(Reupload, x, theta, 2, default);
        var otherSeed = await Evaluator(engine, mode, seed: 10).ExpectationsAsync(Reupload, x, theta, 2, default);

        Assert.Equal(first, again);
        Assert.Equal(first, other);
        Assert.NotEqual(first, otherSeed);
        // Shot estimates of ⟨Z⟩ from 200 shots are multiples of 0.01.
        Assert.All(first.SelectMany(r => r), v => Assert.Equal(Math.Round(v * 100), v * 100, 6));
    }

    [Fact]
    public async Task Noise_runs_on_the_QDK_and_says_so()
    {
        var (x, theta) = Inputs(2);
        var evaluator = Evaluator(QuantumEngine.Compiled, new ExecutionMode(ExecutionKind.ShotsInQSharp, 50, new PauliNoise(0.01, 0, 0)));

        await evaluator.ExpectationsAsync(Reupload, x, theta, 1, default);

        var use = Assert.Single(evaluator.Engines);
        Assert.Equal("qdk", use.Engine);
        Assert.Contains("noise", use.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_circuit_that_measures_mid_circuit_runs_on_the_QDK_with_the_reason()
    {
        // Qubit 1 is |1⟩ when measured, so the branch always resets it: the state stays Ry(θ₀)|0⟩ ⊗ Ry(θ₁)|0⟩.
        var project = QSharpProject.FromSources("user",
            [.. TestRuntime.Project.Sources.Select(s => new QSharpSource(s.Path.Replace("src/", "", StringComparison.Ordinal), s.Text)),
             new QSharpSource("User.qs", "namespace User { operation Prepare(theta : Double[], qs : Qubit[]) : Unit { X(qs[1]); if M(qs[1]) == One { X(qs[1]); } Ry(theta[0], qs[0]); Ry(theta[1], qs[1]); } }")]);
        var evaluator = new CircuitEvaluator(TestRuntime.Runtime, project, ExecutionMode.Exact, new Random(1));

        var state = (await evaluator.AnsatzStatesAsync("User.Prepare", 2, [[0.4, 1.3]], default))[0];

        var use = Assert.Single(evaluator.Engines);
        Assert.Equal("qdk", use.Engine);
        Assert.Contains("measures a qubit", use.Reason, StringComparison.Ordinal);
        var (c0, s0, c1, s1) = (Math.Cos(0.2), Math.Sin(0.2), Math.Cos(0.65), Math.Sin(0.65));
        Complex[] expected = [c0 * c1, c0 * s1, s0 * c1, s0 * s1];
        AssertSameStates([expected], [state]);
    }

    private static void AssertSameStates(Complex[][] expected, Complex[][] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(QuantumML.Simulation.Checks.EquivalenceCheck.Difference(expected[i], actual[i]) < 1e-10, $"state {i} differs");
    }
}
