
using Complex = System.Numerics.Complex;
using MathNet.Numerics.LinearAlgebra;
using QuantumML.Optimization;
using QuantumML.Qaoa;
using QuantumML.Quantum;
using QuantumML.Variational;

namespace QuantumML.Tests.Qaoa;

/// <summary>QAOA in Q# against a MathNet state-vector construction and the p = 1 closed form of Farhi et al.</summary>
public sealed class QaoaTests
{
    // The Petersen graph: 3-regular, girth 5 (so triangle-free), maximum cut 12 of its 15 edges.
    private static readonly (int, int)[] Petersen =
        [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0), (0, 5), (1, 6), (2, 7), (3, 8), (4, 9), (5, 7), (7, 9), (9, 6), (6, 8), (8, 5)];

    /// <summary>MaxCut as an Ising cost equal to minus the cut: −cut = Σ (zᵢzⱼ − 1)/2.</summary>
    private static QaoaProblem MaxCut(int n, (int, int)[] edges) =>
        new(n, [], edges.Select(e => (e.Item1, e.Item2, 0.5)).ToList(), -0.5 * edges.Length);

    private static CircuitEvaluator Exact() => new(TestRuntime.Runtime, TestRuntime.Project, ExecutionMode.Exact, new Random(3));

    /// <summary>|+⟩ⁿ, then per layer the diagonal phase e^{−iγC} and Rx(2β) = [[cos β, −i sin β], [−i sin β, cos β]] on each qubit.</summary>
    private static Vector<Complex> Reference(QaoaProblem problem, double[] angles)
    {
        var n = problem.Qubits;
        var dim = 1 << n;
        var psi = Vector<Complex>.Build.Dense(dim, new Complex(1 / Math.Sqrt(dim), 0));
        for (var layer = 0; layer < angles.Length / 2; layer++)
        {
            var (gamma, beta) = (angles[2 * layer], angles[2 * layer + 1]);
            psi = Vector<Complex>.Build.Dense(dim, i => psi[i] * Complex.Exp(-Complex.ImaginaryOne * gamma * problem.Cost(i)));
            var rx = Matrix<Complex>.Build.DenseOfArray(new[,] { { Math.Cos(beta), -Complex.ImaginaryOne * Math.Sin(beta) }, { -Complex.ImaginaryOne * Math.Sin(beta), Math.Cos(beta) } });
            var mixer = rx;
            for (var q = 1; q < n; q++) mixer = mixer.KroneckerProduct(rx);
            psi = mixer * psi;
        }
        return psi;
    }

    [Fact]
    public async Task ExactExpectationMatchesAMathNetStateVector()
    {
        var problem = new QaoaProblem(4, [(0, 0.3), (2, -0.7)], [(0, 1, 1.0), (1, 2, -0.4), (2, 3, 0.8), (0, 3, 0.25)], 1.5);
        double[] angles = [0.4, -0.3, 0.9, 0.6];
        var objective = new EnergyObjective(Exact(), new AnsatzCircuit(problem.CircuitExpression(), 4, 4, false), new DiagonalObservable(problem.Costs()), GradientKind.None);
        var (energy, state) = await objective.ExactAsync(angles, CancellationToken.None);
        var reference = Reference(problem, angles);
        var expected = Enumerable.Range(0, 16).Sum(i => reference[i].Magnitude * reference[i].Magnitude * problem.Cost(i));
        Assert.Equal(expected, energy, 9);
        var overlap = Enumerable.Range(0, 16).Aggregate(Complex.Zero, (s, i) => s + Complex.Conjugate(reference[i]) * state[i]);
        Assert.Equal(1.0, overlap.Magnitude, 9);
    }

    [Fact]
    public async Task DepthOneOnPetersenReachesFarhisTriangleFreeBound()
    {
        var problem = MaxCut(10, Petersen);
        var results = await new QaoaSolver(Exact(), new Random(1)).SolveAsync(problem, new QaoaOptions(1, new LBfgs(60)));
        var p1 = Assert.Single(results);
        Assert.Equal(-12.0, p1.OptimalCost, 9);
        // Farhi et al.: at the best p = 1 angles each edge of a triangle-free 3-regular graph is cut with
        // probability 1/2 + 1/(3√3) ≈ 0.6925, so the expected cut is 15 × that.
        var perEdge = 0.5 + 1 / (3 * Math.Sqrt(3));
        Assert.Equal(-15 * perEdge, p1.ExpectedCost, 4);
        Assert.True(p1.ApproximationRatio >= 0.6924, $"ratio {p1.ApproximationRatio}");
    }

    [Fact]
    public async Task InterpolatedDepthsDoNotGetWorse()
    {
        (int, int)[] ring = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 0)];
        var results = await new QaoaSolver(Exact(), new Random(1)).SolveAsync(MaxCut(8, ring), new QaoaOptions(3, new LBfgs(60)));
        Assert.Equal([1, 2, 3], results.Select(r => r.Layers));
        Assert.True(results[1].ApproximationRatio >= results[0].ApproximationRatio - 1e-6);
        Assert.True(results[2].ApproximationRatio >= results[1].ApproximationRatio - 1e-6);
        // On an even ring depth p reaches (2p + 1)/(2p + 2) (Farhi et al.).
        Assert.Equal(0.75, results[0].ApproximationRatio, 4);
    }

    [Fact]
    public void InterpolationKeepsTheEndpointsAndGrowsByOneLayer()
    {
        var next = QaoaAngles.Interpolate([0.2, -0.6, 0.5, -0.3]);
        Assert.Equal(6, next.Length);
        Assert.Equal(0.2, next[0], 12);
        Assert.Equal(0.5, next[4], 12);
        Assert.Equal(0.35, next[2], 12);
        Assert.Equal(-0.45, next[3], 12);
    }
}
