using QuantumML.Simulation.StateVectors;
using QuantumML.Simulation.Tapes;

namespace QuantumML.Quantum;

// Many parameter vectors of one ansatz differentiated at once: the scans of a cost landscape.
public sealed partial class CircuitEvaluator
{
    /// <summary>Below this register size the parameter vectors of a batch run side by side, one state per core; larger
    /// states are spread over the cores by their own kernels instead.</summary>
    private const int BatchParallelQubits = 18;

    /// <summary>⟨Oₖ⟩ and ∂⟨Oₖ⟩/∂θ at each of <paramref name="thetas"/> by the adjoint method (exact mode, compiled engine): one
    /// forward pass and one backward sweep per vector give every observable's whole gradient. Null when the ansatz runs on
    /// the QDK engine; <see cref="EngineReason"/> then says why.</summary>
    /// <param name="ansatz">A Q# <c>(Double[], Qubit[]) =&gt; Unit is Adj</c> expression.</param>
    /// <param name="qubits">Register size.</param>
    /// <param name="thetas">Parameter vectors, all of the ansatz's length.</param>
    /// <param name="observables">The observables, each over <paramref name="qubits"/> qubits.</param>
    /// <param name="ct">Cancels between vectors.</param>
    /// <returns>Values[i][k] and Gradients[i][k][j] for vector i, observable k, parameter j.</returns>
    public async Task<(double[][] Values, double[][][] Gradients)?> AdjointBatchAsync(string ansatz, int qubits, double[][] thetas, IReadOnlyList<IStateObservable> observables, CancellationToken ct)
    {
        if (mode.Kind != ExecutionKind.Exact)
            throw new InvalidOperationException("The adjoint method differentiates exact states; with shots, use the parameter-shift rule.");
        if (thetas.Length == 0) return ([], []);
        if (await AnsatzTapeAsync(ansatz, qubits, thetas[0].Length, ct).ConfigureAwait(false) is not { } tape) return null;
        var values = new double[thetas.Length][];
        var gradients = new double[thetas.Length][][];
        var workers = qubits < BatchParallelQubits ? Math.Max(1, Math.Min(TapeExecutor.MaxWorkers, Environment.ProcessorCount)) : 1;
        Parallel.For(0, thetas.Length, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = ct }, i =>
        {
            var (v, j) = TapeExecutor.Adjoint(tape, [[]], thetas[i], observables);
            values[i] = v[0];
            gradients[i] = j[0];
        });
        Interlocked.Add(ref _circuits, thetas.Length);
        return (values, gradients);
    }

    /// <summary>Why the QDK engine runs <paramref name="circuit"/> (an expression evaluated before), or null when the
    /// compiled engine does or it has not run.</summary>
    public string? EngineReason(string circuit) => _uses.TryGetValue(circuit, out var use) ? use.Reason : null;
}
