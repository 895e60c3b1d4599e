using System.Numerics;
using QuantumML.Data;
using QuantumML.Quantum;

namespace QuantumML.Tests.Quantum;

/// <summary>The states Q# encodings prepare, checked against independent MathNet constructions.</summary>
public sealed class EncodingStateTests
{
    private static readonly CircuitEvaluator Evaluator = new(TestRuntime.Runtime, TestRuntime.Project, ExecutionMode.Exact, new Random(1));

    private static double Fidelity(Complex[] a, IList<Complex> b) =>
        Enumerable.Range(0, a.Length).Aggregate(Complex.Zero, (s, i) => s + Complex.Conjugate(a[i]) * b[i]).Magnitude;

    [Fact]
    public async Task ZZFeatureMapMatchesTheAdHocDatasetsMathNetState()
    {
        double[][] xs = [[0.3, 2.0], [4.1, 1.2], [6.0, 5.5]];
        var states = await Evaluator.EncodedStatesAsync("Encodings.ApplyZZFeatureMap", 2, xs, CancellationToken.None);
        for (var i = 0; i < xs.Length; i++)
            Assert.Equal(1.0, Fidelity(states[i], AdHocData.FeatureState(xs[i])), 10);
    }

    [Fact]
    public async Task AngleEncodingIsAProductOfRyColumns()
    {
        double[] x = [0.4, -1.0, 2.2];
        var state = (await Evaluator.EncodedStatesAsync("Encodings.ApplyAngleEncoding", 3, [x], CancellationToken.None))[0];
        for (var index = 0; index < 8; index++)
        {
            var expected = 1.0;
            for (var q = 0; q < 3; q++)
            {
                var bit = (index >> (2 - q)) & 1;
                expected *= bit == 0 ? Math.Cos(x[q] / 2) : Math.Sin(x[q] / 2);
            }
            Assert.Equal(expected, state[index].Real, 10);
            Assert.Equal(0.0, state[index].Imaginary, 10);
        }
    }

    [Fact]
    public async Task AmplitudeEncodingIsTheNormalizedVectorBigEndian()
    {
        double[] x = [1, 2, 3, 4, 0, 0, 5, 1];
        var state = (await Evaluator.EncodedStatesAsync("Encodings.ApplyAmplitudeEncoding", 3, [x], CancellationToken.None))[0];
        var norm = Math.Sqrt(x.Sum(v => v * v));
        // Up to a global phase the amplitudes are x/‖x‖ in index order.
        Assert.Equal(1.0, Fidelity(state, x.Select(v => new Complex(v / norm, 0)).ToArray()), 10);
        Assert.Equal(x[6] * x[6] / (norm * norm), state[6].Magnitude * state[6].Magnitude, 10);
    }
}
