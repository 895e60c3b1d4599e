using System.Globalization;
using System.Numerics;
using System.Text;
using MathNet.Numerics.Distributions;
using QuantumML.QSharp;

namespace QuantumML.Quantum;

// The QDK engine: every circuit evaluated by the QDK simulator, in batches of one Q# run per chunk.
public sealed partial class CircuitEvaluator
{
    private const int ChunkCircuits = 1500;

    private async Task<double[][]> QdkExpectationsAsync(CircuitSpec circuit, double[][] features, double[] theta, int readout, CancellationToken ct)
    {
        var rows = new double[features.Length][];
        var chunks = Chunk(features.Length, DumpCost(circuit.Qubits));
        await Task.WhenAll(chunks.Select(async c =>
        {
            var part = features[c.Start..c.End];
            var values = await QdkEvaluateAsync(circuit, part, [theta], readout, ct).ConfigureAwait(false);
            Array.Copy(values, 0, rows, c.Start, values.Length);
        })).ConfigureAwait(false);
        return rows;
    }

    private async Task<double[][][]> QdkShiftedExpectationsAsync(CircuitSpec circuit, double[][] features, double[] theta, int readout, CancellationToken ct)
    {
        var perSample = 1 + 2 * theta.Length;
        var result = new double[features.Length][][];
        await Task.WhenAll(Chunk(features.Length, perSample * DumpCost(circuit.Qubits)).Select(async c =>
        {
            var sampler = ChunkRandom();
            var part = features[c.Start..c.End];
            double[][] flat;
            if (mode.Kind == ExecutionKind.ShotsInQSharp)
            {
                // Shots need explicit parameter vectors per circuit.
                var xs = new List<double[]>();
                var ps = new List<double[]>();
                foreach (var x in part)
                {
                    foreach (var p in ShiftedParameters(theta)) { xs.Add(x); ps.Add(p); }
                }
                flat = await QdkEvaluateAsync(circuit, xs.ToArray(), ps.ToArray(), readout, ct).ConfigureAwait(false);
            }
            else
            {
                var expr = $"Drivers.DumpParameterShiftStates({circuit.CircuitExpression}, {circuit.Qubits}, {QSharpLiteral.Array(part)}, {QSharpLiteral.Array(theta)})";
                flat = FromDumps(await DumpsAsync(expr, part.Length * perSample, ct).ConfigureAwait(false), readout, sampler);
            }
            for (var i = 0; i < part.Length; i++)
                result[c.Start + i] = flat[(i * perSample)..((i + 1) * perSample)];
        })).ConfigureAwait(false);
        return result;
    }

    private async Task<double[][]> QdkEvaluateAsync(CircuitSpec circuit, double[][] features, double[][] parameters, int readout, CancellationToken ct)
    {
        var sampler = ChunkRandom();
        if (mode.Kind == ExecutionKind.ShotsInQSharp)
        {
            var expr = $"Drivers.SampleZeroOutcomes({circuit.CircuitExpression}, {circuit.Qubits}, {QSharpLiteral.Array(features)}, {QSharpLiteral.Array(parameters)}, {mode.Shots})";
            var result = await RunAsync(expr, true, mode.Noise, features.Length, ct).ConfigureAwait(false);
            var counts = result.SingleShot.Value.As<long[][]>();
            return counts.Select(row => row.Take(readout).Select(zeros => 2.0 * zeros / mode.Shots - 1).ToArray()).ToArray();
        }
        var dumpExpr = $"Drivers.DumpStates({circuit.CircuitExpression}, {circuit.Qubits}, {QSharpLiteral.Array(features)}, {QSharpLiteral.Array(parameters)})";
        return FromDumps(await DumpsAsync(dumpExpr, features.Length, ct).ConfigureAwait(false), readout, sampler);
    }

    private async Task<Complex[][]> QdkEncodedStatesAsync(string encoding, int qubits, double[][] features, CancellationToken ct)
    {
        var states = new Complex[features.Length][];
        await Task.WhenAll(Chunk(features.Length, StateCost(qubits)).Select(async c =>
        {
            var part = features[c.Start..c.End];
            var dumps = await DumpsAsync($"Drivers.DumpEncodedStates({encoding}, {qubits}, {QSharpLiteral.Array(part)})", part.Length, ct).ConfigureAwait(false);
            for (var i = 0; i < dumps.Count; i++) states[c.Start + i] = dumps[i].Amplitudes;
        })).ConfigureAwait(false);
        return states;
    }

    /// <summary>Kernel entries |⟨0|U(x′)†U(x)|0⟩|² estimated with shots measured in Q#.</summary>
    public async Task<double[]> KernelEntriesByShotsAsync(string encoding, int qubits, double[][] left, double[][] right, CancellationToken ct)
    {
        var entries = new double[left.Length];
        await Task.WhenAll(Chunk(left.Length, 1).Select(async c =>
        {
            var expr = $"Drivers.EstimateKernelEntries({encoding}, {qubits}, {QSharpLiteral.Array(left[c.Start..c.End])}, {QSharpLiteral.Array(right[c.Start..c.End])}, {mode.Shots})";
            var result = await RunAsync(expr, true, mode.Noise, c.End - c.Start, ct).ConfigureAwait(false);
            Array.Copy(result.SingleShot.Value.AsDoubleArray(), 0, entries, c.Start, c.End - c.Start);
        })).ConfigureAwait(false);
        return entries;
    }

    private async Task<Complex[][]> QdkAnsatzStatesAsync(string ansatz, int qubits, double[][] parameters, CancellationToken ct)
    {
        var states = new Complex[parameters.Length][];
        await Task.WhenAll(Chunk(parameters.Length, StateCost(qubits)).Select(async c =>
        {
            var part = parameters[c.Start..c.End];
            var dumps = await DumpsAsync($"Eigensolvers.DumpAnsatzStates({ansatz}, {qubits}, {QSharpLiteral.Array(part)})", part.Length, ct).ConfigureAwait(false);
            for (var i = 0; i < dumps.Count; i++) states[c.Start + i] = dumps[i].Amplitudes;
        })).ConfigureAwait(false);
        return states;
    }

    /// <summary>Shots of the <paramref name="ansatz"/> states measured in Q# in each basis (a Q# <c>Pauli[][]</c>
    /// literal of <paramref name="basisCount"/> rows): rows [parameter vector × basisCount + basis][shot], each an
    /// outcome index with qubit 0 the most significant bit.</summary>
    public async Task<int[][]> SampleInBasesAsync(string ansatz, int qubits, double[][] parameters, string bases, int basisCount, int shots, CancellationToken ct)
    {
        var rows = new int[parameters.Length * basisCount][];
        await Task.WhenAll(Chunk(parameters.Length, Math.Max(1, basisCount * shots / 50)).Select(async c =>
        {
            var expr = $"Eigensolvers.SampleInBases({ansatz}, {qubits}, {QSharpLiteral.Array(parameters[c.Start..c.End])}, {bases}, {shots})";
            var result = await RunAsync(expr, true, mode.Noise, (c.End - c.Start) * basisCount, ct).ConfigureAwait(false);
            var outcomes = result.SingleShot.Value.As<long[][]>();
            for (var i = 0; i < outcomes.Length; i++) rows[c.Start * basisCount + i] = outcomes[i].Select(v => checked((int)v)).ToArray();
        })).ConfigureAwait(false);
        return rows;
    }

    // A dump costs about as much as 2^(n-4) small circuits, so big registers get smaller chunks (a run that kept 1,500
    // dumps of 14 qubits exhausted the JavaScript heap).
    private static int StateCost(int qubits) => qubits <= 4 ? 1 : 1 << Math.Min(20, qubits - 4);

    /// <summary>What one circuit costs a run: a dump's size in exact and sampled modes, one unit when only shots come back.</summary>
    private int DumpCost(int qubits) => mode.Kind == ExecutionKind.ShotsInQSharp ? 1 : StateCost(qubits);

    private static IEnumerable<double[]> ShiftedParameters(double[] theta)
    {
        yield return theta;
        for (var j = 0; j < theta.Length; j++)
        {
            var plus = (double[])theta.Clone();
            plus[j] += Math.PI / 2;
            yield return plus;
            var minus = (double[])theta.Clone();
            minus[j] -= Math.PI / 2;
            yield return minus;
        }
    }

    private async Task<IReadOnlyList<StateDump>> DumpsAsync(string expression, int expected, CancellationToken ct)
    {
        // Dumps do not depend on measurement randomness: a warm module instance will do.
        var result = await RunAsync(expression, false, null, expected, ct).ConfigureAwait(false);
        var dumps = result.SingleShot.Dumps;
        if (dumps.Count != expected)
            throw new InvalidOperationException($"Expected {expected} state dumps from {expression[..Math.Min(80, expression.Length)]}..., got {dumps.Count}.");
        return dumps;
    }

    private double[][] FromDumps(IReadOnlyList<StateDump> dumps, int readout, Random sampler) =>
        Sampled([.. dumps.Select(d => Enumerable.Range(0, readout).Select(d.ExpectationZ).ToArray())], sampler);

    private async Task<RunResult> RunAsync(string expression, bool reproducible, PauliNoise? noise, int circuits, CancellationToken ct)
    {
        long? seed = null;
        if (reproducible)
        {
            lock (_randomLock) seed = random.NextInt64(0, 1L << 53);
        }
        var result = await runtime.RunAsync(project, expression, new RunOptions { Seed = seed, Reproducible = reproducible, Noise = noise }, ct).ConfigureAwait(false);
        Interlocked.Add(ref _circuits, circuits);
        Interlocked.Increment(ref _runs);
        return result;
    }

    private static List<(int Start, int End)> Chunk(int count, int circuitsPerItem)
    {
        var size = Math.Max(1, ChunkCircuits / circuitsPerItem);
        var chunks = new List<(int, int)>();
        for (var start = 0; start < count; start += size) chunks.Add((start, Math.Min(count, start + size)));
        return chunks;
    }
}
