using System.Numerics;
using QuantumML.Quantum;
using QuantumML.Randomness;
using QuantumML.Variational;

namespace QuantumML.Landscape;

/// <summary>Samples an ansatz's states at uniformly random parameters θ ~ U[0, 2π)ᴾ: fidelities of independent pairs give its
/// <see cref="Expressibility"/>, and every state's <see cref="MeyerWallach"/> Q its entangling capability (Sim, Johnson and
/// Aspuru-Guzik 2019).</summary>
public static class ExpressibilityScan
{
    /// <summary>Keeps a chunk of states to about 64 MiB, whatever the register size.</summary>
    private const long ChunkAmplitudes = 1L << 22;

    /// <summary>Expressibility and entangling capability of <paramref name="ansatz"/> at (<paramref name="qubits"/>,
    /// <paramref name="layers"/>), its parameter count asked of Q#.</summary>
    public static async Task<ExpressibilityPoint> MeasureAsync(CircuitEvaluator evaluator, LandscapeAnsatz ansatz, int qubits, int layers, ExpressibilityOptions options, CancellationToken ct)
    {
        var circuit = await ansatz.CircuitAsync(evaluator, qubits, layers, ct).ConfigureAwait(false);
        return await MeasureAsync(evaluator, ansatz.Name, circuit, layers, options, ct).ConfigureAwait(false);
    }

    /// <summary>Expressibility and entangling capability of <paramref name="circuit"/>. States come from the evaluator, so a
    /// circuit the compiled engine refuses still runs, on the QDK simulator, only slower.</summary>
    /// <param name="evaluator">Prepares the states (its execution mode is not used: states are exact).</param>
    /// <param name="name">The ansatz's name, for the point.</param>
    /// <param name="circuit">The ansatz at its qubit and parameter count.</param>
    /// <param name="layers">The layer count, recorded in the point.</param>
    /// <param name="options">Pairs, bins and seed.</param>
    /// <param name="ct">Cancels between chunks.</param>
    public static async Task<ExpressibilityPoint> MeasureAsync(CircuitEvaluator evaluator, string name, AnsatzCircuit circuit, int layers, ExpressibilityOptions options, CancellationToken ct)
    {
        options.Validate();
        var random = new Random(DerivedSeed.Of(options.Seed, circuit.Qubits, layers));
        var fidelities = new double[options.Pairs];
        var chunk = (int)Math.Max(1, ChunkAmplitudes / (2L << circuit.Qubits));
        double qSum = 0, qSquares = 0, fSum = 0, fSquares = 0;
        for (var start = 0; start < options.Pairs; start += chunk)
        {
            ct.ThrowIfCancellationRequested();
            var pairs = Math.Min(chunk, options.Pairs - start);
            var thetas = new double[2 * pairs][];
            for (var i = 0; i < thetas.Length; i++)
            {
                thetas[i] = new double[circuit.ParameterCount];
                for (var j = 0; j < thetas[i].Length; j++) thetas[i][j] = 2 * Math.PI * random.NextDouble();
            }
            var states = await evaluator.AnsatzStatesAsync(circuit.Expression, circuit.Qubits, thetas, ct).ConfigureAwait(false);
            for (var p = 0; p < pairs; p++)
            {
                var f = Fidelity(states[2 * p], states[2 * p + 1]);
                fidelities[start + p] = f;
                fSum += f;
                fSquares += f * f;
            }
            foreach (var state in states)
            {
                var q = MeyerWallach.Of(state);
                qSum += q;
                qSquares += q * q;
            }
        }
        var histogram = Expressibility.Histogram(fidelities, options.Bins);
        var count = 2.0 * options.Pairs;
        var dimension = Math.Pow(2, circuit.Qubits);
        var qMean = qSum / count;
        var qVariance = count > 1 ? Math.Max(0, (qSquares - count * qMean * qMean) / (count - 1)) : 0;
        return new ExpressibilityPoint(name, circuit.Qubits, layers, circuit.ParameterCount, options.Pairs,
            Expressibility.KlDivergence(histogram, dimension), histogram, qMean, Math.Sqrt(qVariance / count), fSum / options.Pairs,
            fSquares / options.Pairs / (2 / (dimension * (dimension + 1))));
    }

    /// <summary>|⟨a|b⟩|².</summary>
    public static double Fidelity(ReadOnlySpan<Complex> a, ReadOnlySpan<Complex> b)
    {
        double re = 0, im = 0;
        for (var i = 0; i < a.Length; i++)
        {
            re += a[i].Real * b[i].Real + a[i].Imaginary * b[i].Imaginary;
            im += a[i].Real * b[i].Imaginary - a[i].Imaginary * b[i].Real;
        }
        return re * re + im * im;
    }
}
