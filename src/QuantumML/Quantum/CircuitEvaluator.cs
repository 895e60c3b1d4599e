using System.Numerics;
using MathNet.Numerics.Distributions;
using QuantumML.QSharp;
using QuantumML.Simulation.StateVectors;
using QuantumML.Simulation.Tapes;

namespace QuantumML.Quantum;

/// <summary>Evaluates model circuits in batches: Z expectations, parameter-shift evaluations, Jacobians, encoded and ansatz
/// states, counting circuits and Q# runs. Each circuit runs on the compiled engine when it can (and the QDK simulator
/// agrees with it), else on the QDK simulator; <see cref="Engines"/> says which, and why.</summary>
/// <param name="runtime">The Q# runtime: the compiler of every tape, and the QDK engine.</param>
/// <param name="project">The Q# project the circuits come from.</param>
/// <param name="mode">Exact, sampled in the host, or measured in Q#.</param>
/// <param name="random">Seeds host-side sampling and Q# runs with measurements.</param>
/// <param name="engine">The engine asked for; <see cref="QuantumEngine.Compiled"/> falls back to the QDK per circuit.</param>
public sealed partial class CircuitEvaluator(QSharpRuntime runtime, QSharpProject project, ExecutionMode mode, Random random, QuantumEngine engine = QuantumEngine.Compiled)
{
    private long _circuits;
    private long _runs;
    private readonly object _randomLock = new();

    /// <summary>Circuits evaluated so far (each shot-based circuit counts once, not once per shot; an adjoint gradient counts
    /// its forward pass only).</summary>
    public long CircuitEvaluations => Interlocked.Read(ref _circuits);

    /// <summary>Q# runs made so far: QDK evaluations, and the compilations and checks of compiled tapes.</summary>
    public long QSharpRuns => Interlocked.Read(ref _runs);

    /// <summary>The execution mode.</summary>
    public ExecutionMode Mode => mode;

    /// <summary>The engine asked for.</summary>
    public QuantumEngine Engine => engine;

    /// <summary>Asks the project for the ansatz's parameter count.</summary>
    public async Task<int> ParameterCountAsync(CircuitSpec circuit, CancellationToken ct) =>
        await AnsatzParameterCountAsync(circuit.CountFunction, circuit.Qubits, circuit.Layers, ct).ConfigureAwait(false) * circuit.Uploads;

    /// <summary>Asks the project's Q# function <paramref name="countFunction"/> (<c>(Int, Int) -&gt; Int</c>, e.g.
    /// <c>Ansatzes.HardwareEfficientParameterCount</c>) for an ansatz's parameter count at (qubits, layers).</summary>
    public async Task<int> AnsatzParameterCountAsync(string countFunction, int qubits, int layers, CancellationToken ct)
    {
        var result = await RunAsync($"{countFunction}({qubits}, {layers})", false, null, 0, ct).ConfigureAwait(false);
        return checked((int)result.SingleShot.Value.AsLong());
    }

    /// <summary>Chooses the engine of <paramref name="circuit"/> now, compiling and checking its tape (and, for a tabulated
    /// tape, compiling every feature vector of <paramref name="features"/>) before the first evaluation needs it.</summary>
    public async Task PrepareAsync(CircuitSpec circuit, double[][] features, int parameterCount, CancellationToken ct) =>
        await ModelTapeAsync(circuit, features, parameterCount, ct).ConfigureAwait(false);

    /// <summary>⟨Z_k⟩ for k &lt; <paramref name="readout"/> of circuit(x, θ), one row per sample.</summary>
    public async Task<double[][]> ExpectationsAsync(CircuitSpec circuit, double[][] features, double[] theta, int readout, CancellationToken ct)
    {
        if (await ModelTapeAsync(circuit, features, theta.Length, ct).ConfigureAwait(false) is not { } tape)
            return await QdkExpectationsAsync(circuit, features, theta, readout, ct).ConfigureAwait(false);
        Interlocked.Add(ref _circuits, features.Length);
        var exact = TapeExecutor.Expectations(tape, features, theta, readout);
        if (mode.Kind == ExecutionKind.Exact) return exact;
        // The QDK path draws one generator per chunk, in chunk order; drawing the same ones gives the same shots.
        foreach (var (start, end) in Chunk(features.Length, DumpCost(circuit.Qubits)))
        {
            var sampler = ChunkRandom();
            for (var i = start; i < end; i++) exact[i] = Sampled([exact[i]], sampler)[0];
        }
        return exact;
    }

    /// <summary>For each sample, ⟨Z_k⟩ at θ and at θ ± π/2·e_j: rows [sample][1 + 2j (+) / 2 + 2j (−)][k].</summary>
    public async Task<double[][][]> ShiftedExpectationsAsync(CircuitSpec circuit, double[][] features, double[] theta, int readout, CancellationToken ct)
    {
        if (await ModelTapeAsync(circuit, features, theta.Length, ct).ConfigureAwait(false) is not { } tape)
            return await QdkShiftedExpectationsAsync(circuit, features, theta, readout, ct).ConfigureAwait(false);
        var thetas = ShiftedParameters(theta).ToList();
        Interlocked.Add(ref _circuits, (long)features.Length * thetas.Count);
        var exact = TapeExecutor.Expectations(tape, features, thetas, readout);
        if (mode.Kind == ExecutionKind.Exact) return exact;
        foreach (var (start, end) in Chunk(features.Length, thetas.Count * DumpCost(circuit.Qubits)))
        {
            var sampler = ChunkRandom();
            for (var i = start; i < end; i++) exact[i] = Sampled(exact[i], sampler);
        }
        return exact;
    }

    /// <summary>⟨Z_k⟩ for explicit (features, parameters) pairs (parameters may hold one shared vector).</summary>
    public async Task<double[][]> EvaluateAsync(CircuitSpec circuit, double[][] features, double[][] parameters, int readout, CancellationToken ct)
    {
        if (await ModelTapeAsync(circuit, features, parameters[0].Length, ct).ConfigureAwait(false) is not { } tape)
            return await QdkEvaluateAsync(circuit, features, parameters, readout, ct).ConfigureAwait(false);
        var sampler = ChunkRandom();
        Interlocked.Add(ref _circuits, features.Length);
        var exact = TapeExecutor.Expectations(tape, features, parameters, readout);
        return mode.Kind == ExecutionKind.Exact ? exact : Sampled(exact, sampler);
    }

    /// <summary>⟨Z_k⟩(x, θ) and ∂⟨Z_k⟩/∂θ for every sample by the adjoint method (exact mode, compiled engine), or null
    /// when the circuit runs on the QDK engine, which has no adjoint: the caller then uses the parameter-shift rule.</summary>
    public async Task<(double[][] Values, double[][][] Jacobians)?> AdjointAsync(CircuitSpec circuit, double[][] features, double[] theta, int readout, CancellationToken ct)
    {
        if (mode.Kind != ExecutionKind.Exact)
            throw new InvalidOperationException("The adjoint method differentiates exact states; with shots, use the parameter-shift rule.");
        if (await ModelTapeAsync(circuit, features, theta.Length, ct).ConfigureAwait(false) is not { } tape) return null;
        Interlocked.Add(ref _circuits, features.Length);
        return TapeExecutor.Adjoint(tape, features, theta, [.. Enumerable.Range(0, readout).Select(k => new PauliZObservable(k))]);
    }

    /// <summary>The states <paramref name="encoding"/> prepares for each feature vector (exact).</summary>
    public async Task<Complex[][]> EncodedStatesAsync(string encoding, int qubits, double[][] features, CancellationToken ct)
    {
        var template = new CircuitTemplate(encoding, CircuitShape.Features, qubits, features.Length == 0 ? 0 : features[0].Length, 0);
        if (await TapeAsync(template, features, ct).ConfigureAwait(false) is not { } tape)
            return await QdkEncodedStatesAsync(encoding, qubits, features, ct).ConfigureAwait(false);
        Interlocked.Add(ref _circuits, features.Length);
        return TapeExecutor.States(tape, features, [[]]);
    }

    /// <summary>The states <paramref name="ansatz"/> (a Q# <c>(Double[], Qubit[]) =&gt; Unit is Adj</c> expression)
    /// prepares from |0…0⟩ for each parameter vector (exact; qubit 0 is the most significant bit of an index).</summary>
    public async Task<Complex[][]> AnsatzStatesAsync(string ansatz, int qubits, double[][] parameters, CancellationToken ct)
    {
        if (await AnsatzTapeAsync(ansatz, qubits, parameters[0].Length, ct).ConfigureAwait(false) is not { } tape)
            return await QdkAnsatzStatesAsync(ansatz, qubits, parameters, ct).ConfigureAwait(false);
        Interlocked.Add(ref _circuits, parameters.Length);
        return TapeExecutor.States(tape, [[]], parameters);
    }

    /// <summary>⟨O⟩ at θ and its gradient by the adjoint method, or null when the ansatz runs on the QDK engine.</summary>
    public async Task<(double Value, double[] Gradient)?> AdjointEnergyAsync(string ansatz, int qubits, double[] theta, IStateObservable observable, CancellationToken ct)
    {
        if (await AnsatzTapeAsync(ansatz, qubits, theta.Length, ct).ConfigureAwait(false) is not { } tape) return null;
        Interlocked.Increment(ref _circuits);
        var (values, jacobians) = TapeExecutor.Adjoint(tape, [[]], theta, [observable]);
        return (values[0][0], jacobians[0][0]);
    }

    /// <summary>A generator for sampling in the host, seeded from the evaluator's seed in call order.</summary>
    public Random NextSampler() => ChunkRandom();

    // Each chunk samples from its own generator, seeded in chunk order before any await, so that
    // results do not depend on which chunk finishes first.
    private Random ChunkRandom()
    {
        lock (_randomLock) return new Random(random.Next());
    }

    /// <summary>The exact values, or shot estimates of them in sampled mode, drawn in row order.</summary>
    private double[][] Sampled(double[][] exact, Random sampler)
    {
        if (mode.Kind != ExecutionKind.SampledInHost) return exact;
        return [.. exact.Select(row => row.Select(v => Sample(v, sampler)).ToArray())];
    }

    /// <summary>A shot estimate of ⟨Z⟩: the Zero count is binomial with P(0) = (1 + ⟨Z⟩)/2.</summary>
    private double Sample(double expectation, Random sampler)
    {
        var p0 = Math.Clamp((1 + expectation) / 2, 0, 1);
        return 2.0 * Binomial.Sample(sampler, p0, mode.Shots) / mode.Shots - 1;
    }
}
