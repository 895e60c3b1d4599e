using QuantumML.Quantum;
using QuantumML.Randomness;
using QuantumML.Simulation.StateVectors;
using QuantumML.Variational;

namespace QuantumML.Landscape;

/// <summary>Var[∂C/∂θₖ] over uniformly random parameters, for the global and the local cost at once: each draw is one forward
/// pass and one adjoint sweep of the compiled engine, which give both costs' whole gradients.</summary>
/// <remarks>J. R. McClean, S. Boixo, V. N. Smelyanskiy, R. Babbush, H. Neven, "Barren plateaus in quantum neural network
/// training landscapes", Nat. Commun. 9, 4812 (2018), arXiv:1803.11173; Cerezo et al. 2021 (see <see cref="CostKind"/>).</remarks>
public static class GradientVariance
{
    /// <summary>Variances below this are round-off (gradients of about 1e−13 and less): the gradient vanishes identically,
    /// through a symmetry of the ansatz and cost or a parameter that only sets a phase, which is no plateau.</summary>
    public const double RoundoffFloor = 1e-26;

    /// <summary>Both costs' gradient variances for <paramref name="ansatz"/> at (<paramref name="qubits"/>, <paramref name="layers"/>),
    /// its parameter count asked of Q#.</summary>
    public static async Task<IReadOnlyList<GradientVariancePoint>> MeasureAsync(CircuitEvaluator evaluator, LandscapeAnsatz ansatz, int qubits, int layers, GradientVarianceOptions options, CancellationToken ct)
    {
        var circuit = await ansatz.CircuitAsync(evaluator, qubits, layers, ct).ConfigureAwait(false);
        return await MeasureAsync(evaluator, ansatz.Name, circuit, layers, options, ct).ConfigureAwait(false);
    }

    /// <summary>Both costs' gradient variances for <paramref name="circuit"/>, one point per <see cref="CostKind"/> (global first).</summary>
    /// <param name="evaluator">An exact-mode evaluator on the compiled engine.</param>
    /// <param name="name">The ansatz's name, for the points.</param>
    /// <param name="circuit">The ansatz at its qubit and parameter count.</param>
    /// <param name="layers">The layer count, recorded in the points (the circuit already has its parameter count).</param>
    /// <param name="options">Draws and seed.</param>
    /// <param name="ct">Cancels the scan.</param>
    /// <exception cref="CompiledEngineRequiredException">The ansatz runs on the QDK engine, which has no adjoint method.</exception>
    public static async Task<IReadOnlyList<GradientVariancePoint>> MeasureAsync(CircuitEvaluator evaluator, string name, AnsatzCircuit circuit, int layers, GradientVarianceOptions options, CancellationToken ct)
    {
        options.Validate();
        var thetas = Draws(circuit.ParameterCount, options.Draws, DerivedSeed.Of(options.Seed, circuit.Qubits, layers));
        CostKind[] costs = [CostKind.Global, CostKind.Local];
        IStateObservable[] observables = [.. costs.Select(c => CostObservable.For(c, circuit.Qubits))];
        var batch = await evaluator.AdjointBatchAsync(circuit.Expression, circuit.Qubits, thetas, observables, ct).ConfigureAwait(false)
            ?? throw new CompiledEngineRequiredException(circuit.Expression, evaluator.EngineReason(circuit.Expression) ?? "the evaluator asks for the QDK engine");
        var points = new GradientVariancePoint[costs.Length];
        for (var c = 0; c < costs.Length; c++)
        {
            var variances = new double[circuit.ParameterCount];
            for (var k = 0; k < variances.Length; k++) variances[k] = SampleVariance(batch.Gradients.Select(g => g[c][k]).ToArray());
            var first = batch.Gradients.Select(g => g[c][0]).ToArray();
            points[c] = new GradientVariancePoint(name, costs[c], circuit.Qubits, layers, circuit.ParameterCount, options.Draws,
                variances[0], VarianceStandardError(first), variances.Average(), variances, batch.Values.Average(v => v[c]));
        }
        return points;
    }

    /// <summary>θ ~ U[0, 2π)ᴾ, <paramref name="count"/> times, from one seeded stream.</summary>
    internal static double[][] Draws(int parameters, int count, int seed)
    {
        var random = new Random(seed);
        var draws = new double[count][];
        for (var i = 0; i < count; i++)
        {
            draws[i] = new double[parameters];
            for (var j = 0; j < parameters; j++) draws[i][j] = 2 * Math.PI * random.NextDouble();
        }
        return draws;
    }

    private static double SampleVariance(double[] x)
    {
        var mean = x.Average();
        return x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
    }

    /// <summary>The standard error of the sample variance: √((m₄ − s⁴(M − 3)/(M − 1))/M), m₄ the fourth central moment.</summary>
    private static double VarianceStandardError(double[] x)
    {
        var m = x.Length;
        var mean = x.Average();
        var s2 = SampleVariance(x);
        var m4 = x.Sum(v => Math.Pow(v - mean, 4)) / m;
        return Math.Sqrt(Math.Max(0, m4 - s2 * s2 * (m - 3.0) / (m - 1)) / m);
    }
}
