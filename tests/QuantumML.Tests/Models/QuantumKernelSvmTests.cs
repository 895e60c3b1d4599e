using MathNet.Numerics.LinearAlgebra;
using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Quantum;

namespace QuantumML.Tests.Models;

public sealed class QuantumKernelSvmTests
{
    private static Dataset Points(int n, int seed)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, n).Select(_ => new[] { random.NextDouble() * 2 * Math.PI, random.NextDouble() * 2 * Math.PI }).ToArray();
        var y = Enumerable.Range(0, n).Select(i => i % 2).ToArray();
        return new Dataset("points", x, y, ["a", "b"], ["x0", "x1"]);
    }

    [Fact]
    public async Task TheKernelMatrixIsSymmetricWithUnitDiagonalAndPositiveSemidefinite()
    {
        var model = new QuantumKernelSvm(TestRuntime.Runtime, TestRuntime.Project, new QuantumKernelOptions { Encoding = "Encodings.ApplyZZFeatureMap", Qubits = 2 });
        await model.FitAsync(Points(16, 2));
        var k = Matrix<double>.Build.DenseOfArray(model.KernelMatrix!);

        for (var i = 0; i < k.RowCount; i++)
        {
            Assert.Equal(1.0, k[i, i], 10);
            for (var j = 0; j < i; j++) Assert.Equal(k[i, j], k[j, i], 15);
        }
        var eigenvalues = k.Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real);
        Assert.True(eigenvalues.Min() > -1e-10, $"smallest eigenvalue {eigenvalues.Min()}");
        Assert.Contains(k.Enumerate(), v => v is > 0.01 and < 0.99); // not trivially the identity or all ones
    }

    [Fact]
    public async Task ShotEstimatesAgreeWithExactEntries()
    {
        var data = Points(4, 3);
        var exact = new QuantumKernelSvm(TestRuntime.Runtime, TestRuntime.Project, new QuantumKernelOptions { Encoding = "Encodings.ApplyZZFeatureMap", Qubits = 2 });
        var shots = new QuantumKernelSvm(TestRuntime.Runtime, TestRuntime.Project, new QuantumKernelOptions
        {
            Encoding = "Encodings.ApplyZZFeatureMap", Qubits = 2, Execution = new ExecutionMode(ExecutionKind.ShotsInQSharp, 2000), Seed = 5,
        });
        await exact.FitAsync(data);
        await shots.FitAsync(data);

        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var p = exact.KernelMatrix![i, j];
                var sigma = Math.Sqrt(p * (1 - p) / 2000) + 1e-3;
                Assert.InRange(shots.KernelMatrix![i, j], p - 4 * sigma, p + 4 * sigma);
            }
        }
    }
}
