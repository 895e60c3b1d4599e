using QuantumML.Gradients;
using QuantumML.Quantum;

namespace QuantumML.Tests.Gradients;

public sealed class GradientTests
{
    private static CircuitEvaluator Evaluator() => new(TestRuntime.Runtime, TestRuntime.Project, ExecutionMode.Exact, new Random(1));

    [Fact]
    public async Task ParameterShiftEqualsFiniteDifferencesOnRandomParameters()
    {
        var random = new Random(7);
        var circuit = new CircuitSpec("Encodings.ApplyAngleEncoding", "Ansatzes.ApplyStronglyEntanglingAnsatz", 3, Layers: 1, Uploads: 2);
        var theta = Enumerable.Range(0, 18).Select(_ => (random.NextDouble() * 2 - 1) * Math.PI).ToArray();
        var features = Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 3).Select(_ => random.NextDouble() * Math.PI).ToArray()).ToArray();

        var shift = await new ParameterShiftGradient().EvaluateAsync(Evaluator(), circuit, features, theta, 3, CancellationToken.None);
        var finite = await new FiniteDifferenceGradient(1e-4).EvaluateAsync(Evaluator(), circuit, features, theta, 3, CancellationToken.None);

        for (var i = 0; i < features.Length; i++)
        {
            for (var k = 0; k < 3; k++)
            {
                Assert.Equal(finite.Values[i][k], shift.Values[i][k], 12);
                for (var j = 0; j < theta.Length; j++)
                    Assert.True(Math.Abs(shift.Jacobians[i][k][j] - finite.Jacobians[i][k][j]) < 1e-6,
                        $"sample {i}, Z{k}, θ{j}: shift {shift.Jacobians[i][k][j]}, finite {finite.Jacobians[i][k][j]}");
            }
        }
    }

    [Fact]
    public async Task ParameterShiftMatchesTheClosedFormOnOneQubit()
    {
        // Ry(x) then Ry(θ0) Rz(θ1) on |0⟩: ⟨Z⟩ = cos(x + θ0); Rz does not change it.
        var circuit = new CircuitSpec("Encodings.ApplyAngleEncoding", "Ansatzes.ApplyHardwareEfficientAnsatz", 1);
        double[] theta = [0.4, -1.3];
        double[][] features = [[0.2], [1.9], [-2.5]];

        var result = await new ParameterShiftGradient().EvaluateAsync(Evaluator(), circuit, features, theta, 1, CancellationToken.None);

        for (var i = 0; i < features.Length; i++)
        {
            var angle = features[i][0] + theta[0];
            Assert.Equal(Math.Cos(angle), result.Values[i][0], 10);
            Assert.Equal(-Math.Sin(angle), result.Jacobians[i][0][0], 10);
            Assert.Equal(0.0, result.Jacobians[i][0][1], 10);
        }
    }

    [Fact]
    public async Task SpsaGradientPointsUphillOnAverage()
    {
        var circuit = new CircuitSpec("Encodings.ApplyAngleEncoding", "Ansatzes.ApplyHardwareEfficientAnsatz", 1);
        double[] theta = [0.4, -1.3];
        double[][] features = [[0.2]];
        var spsa = new SpsaGradient(0.05, new Random(3));
        var sum = 0.0;
        for (var r = 0; r < 20; r++)
            sum += (await spsa.EvaluateAsync(Evaluator(), circuit, features, theta, 1, CancellationToken.None)).Jacobians[0][0][0];
        // E[estimate of ∂/∂θ0] = −sin(0.6) ≈ −0.565 (the θ1 direction contributes zero on average and here exactly).
        Assert.Equal(-Math.Sin(0.6), sum / 20, 2);
    }
}
