using System.Numerics;
using QuantumML.Simulation.Qir;
using QuantumML.Simulation.StateVectors;

namespace QuantumML.Simulation.Tapes;

/// <summary>Runs tapes on state vectors: final states, expectations, and Jacobians by the adjoint method or by the
/// parameter-shift rule applied gate by gate; batches of samples run in parallel, one state per worker.</summary>
public static class TapeExecutor
{
    /// <summary>The most cores a batch or a large state may use (benchmarks set 1 to measure one core); default all.</summary>
    public static int MaxWorkers { get; set; } = Environment.ProcessorCount;

    /// <summary>Prepares the tape's state at the given angles in <paramref name="state"/> (from |0…0⟩).</summary>
    public static void Run(Tape tape, ReadOnlySpan<double> angles, StateVector state) => Run(tape.Gates, tape.Schedule, angles, state);

    /// <summary>Prepares the state of <paramref name="gates"/>, applied as <paramref name="schedule"/> says, in <paramref name="state"/>.</summary>
    public static void Run(TapeGate[] gates, TapeOp[] schedule, ReadOnlySpan<double> angles, StateVector state)
    {
        Span<Matrix2> matrices = gates.Length <= 256 ? stackalloc Matrix2[gates.Length] : new Matrix2[gates.Length];
        Matrices(gates, angles, matrices);
        Run(gates, schedule, matrices, angles, state);
    }

    /// <summary>The matrix of every single-qubit gate at the given angles (multi-qubit gates' entries are left as they are).</summary>
    private static void Matrices(TapeGate[] gates, ReadOnlySpan<double> angles, Span<Matrix2> matrices)
    {
        for (var g = 0; g < gates.Length; g++)
            if (gates[g].Qubits.Length == 1) matrices[g] = Matrix(gates[g], angles);
    }

    /// <summary>Runs the schedule with the single-qubit matrices already computed.</summary>
    /// <remarks>Each run of single-qubit gates on one qubit is multiplied into one 2×2 matrix before it touches the state.</remarks>
    private static void Run(TapeGate[] gates, TapeOp[] schedule, ReadOnlySpan<Matrix2> matrices, ReadOnlySpan<double> angles, StateVector state)
    {
        state.Reset();
        if (state.Length > StateVector.ChunkLength)
        {
            RunInChunks(gates, schedule, matrices.ToArray(), angles.ToArray(), state);
            return;
        }
        foreach (var op in schedule)
        {
            if (op.IsRun)
            {
                var m = matrices[op.Gates[0]];
                for (var t = 1; t < op.Gates.Length; t++) m = matrices[op.Gates[t]] * m;
                state.Apply1(op.Qubit, m);
                continue;
            }
            var gate = gates[op.Gates[0]];
            state.Apply(gate.Kind, gate.Qubits, gate.Angle >= 0 ? angles[gate.Angle] : 0);
        }
    }

    /// <summary>Runs the schedule on a large state: each stretch of steps whose qubits stay inside cache-sized chunks runs chunk
    /// by chunk (one trip through memory for the whole stretch, chunks spread over the cores), other steps one pass each.</summary>
    private static void RunInChunks(TapeGate[] gates, TapeOp[] schedule, Matrix2[] matrices, double[] angles, StateVector state)
    {
        var stretch = new List<(TapeGate Gate, Matrix2 M)>();
        void Flush()
        {
            if (stretch.Count == 0) return;
            var steps = stretch.ToArray();
            stretch.Clear();
            var chunks = state.Length / StateVector.ChunkLength;
            void Chunk(int c)
            {
                foreach (var (gate, m) in steps)
                    state.ApplyInChunk(gate.Kind, gate.Qubits, gate.Angle >= 0 ? angles[gate.Angle] : 0, m, c * StateVector.ChunkLength);
            }
            if (state.Parallel && MaxWorkers > 1) Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = MaxWorkers }, Chunk);
            else for (var c = 0; c < chunks; c++) Chunk(c);
        }
        foreach (var op in schedule)
        {
            var first = gates[op.Gates[0]];
            var m = Matrix2.Identity;
            if (op.IsRun)
            {
                m = matrices[op.Gates[0]];
                for (var t = 1; t < op.Gates.Length; t++) m = matrices[op.Gates[t]] * m;
            }
            var qubits = op.IsRun ? [op.Qubit] : first.Qubits;
            if (state.StaysInChunk(qubits))
            {
                stretch.Add((op.IsRun ? first with { Qubits = qubits } : first, m));
                continue;
            }
            Flush();
            if (op.IsRun) state.Apply1(op.Qubit, m);
            else state.Apply(first.Kind, first.Qubits, first.Angle >= 0 ? angles[first.Angle] : 0);
        }
        Flush();
    }

    private static Matrix2 Matrix(TapeGate gate, ReadOnlySpan<double> angles) =>
        SingleQubitGates.Matrix(gate.Kind, gate.Angle >= 0 ? angles[gate.Angle] : 0);

    /// <summary>⟨Z_k⟩ for k &lt; <paramref name="readout"/> at each feature vector, with one parameter vector for all.</summary>
    public static double[][] Expectations(Tape tape, double[][] features, double[] theta, int readout)
    {
        var parts = tape.ParameterParts(theta);
        var rows = new double[features.Length][];
        ForEach(tape, features.Length, 1, (i, w) =>
        {
            tape.AnglesAt(features[i], parts, w.Angles);
            Run(tape, w.Angles, w.States[0]);
            var row = new double[readout];
            for (var k = 0; k < readout; k++) row[k] = w.States[0].ExpectationZ(k);
            rows[i] = row;
        });
        return rows;
    }

    /// <summary>⟨Z_k⟩ for k &lt; <paramref name="readout"/> at each (features, parameters) pair: <paramref name="thetas"/> holds one
    /// vector per pair, or one for all.</summary>
    public static double[][] Expectations(Tape tape, double[][] features, double[][] thetas, int readout)
    {
        if (thetas.Length == 1) return Expectations(tape, features, thetas[0], readout);
        var rows = new double[features.Length][];
        ForEach(tape, features.Length, 1, (i, w) =>
        {
            tape.AnglesAt(features[i], tape.ParameterParts(thetas[i]), w.Angles);
            Run(tape, w.Angles, w.States[0]);
            var row = new double[readout];
            for (var k = 0; k < readout; k++) row[k] = w.States[0].ExpectationZ(k);
            rows[i] = row;
        });
        return rows;
    }

    /// <summary>⟨Z_k⟩ at each feature vector for each of several parameter vectors: [sample][theta][k]. The parameter parts
    /// of the angles are computed once per parameter vector, not once per sample.</summary>
    public static double[][][] Expectations(Tape tape, double[][] features, IReadOnlyList<double[]> thetas, int readout)
    {
        var parts = thetas.Select(t => tape.ParameterParts(t)).ToArray();
        var rows = new double[features.Length][][];
        ForEach(tape, features.Length, 1, (i, w) =>
        {
            var row = new double[parts.Length][];
            for (var t = 0; t < parts.Length; t++)
            {
                tape.AnglesAt(features[i], parts[t], w.Angles);
                Run(tape, w.Angles, w.States[0]);
                row[t] = new double[readout];
                for (var k = 0; k < readout; k++) row[t][k] = w.States[0].ExpectationZ(k);
            }
            rows[i] = row;
        });
        return rows;
    }

    /// <summary>The final state of each point; <paramref name="thetas"/> holds one parameter vector per point or one for all.</summary>
    public static Complex[][] States(Tape tape, double[][] features, double[][] thetas)
    {
        var count = Math.Max(features.Length, thetas.Length);
        var shared = thetas.Length == 1 ? tape.ParameterParts(thetas[0]) : null;
        var states = new Complex[count][];
        ForEach(tape, count, 1, (i, w) =>
        {
            var parts = shared ?? tape.ParameterParts(thetas[i]);
            var x = features.Length == 1 ? features[0] : features[i];
            var angles = w.AnglesFor(tape.AngleCount(x));
            tape.AnglesAt(x, parts, angles);
            var (gates, schedule) = tape.GatesFor(x);
            Run(gates, schedule, angles, w.States[0]);
            states[i] = w.States[0].ToAmplitudes();
        });
        return states;
    }

    /// <summary>Expectations of <paramref name="observables"/> at each feature vector and their Jacobians with respect to θ,
    /// by the adjoint method: one forward pass, then one backward sweep that un-applies each gate from the state and from
    /// O|ψ⟩ and reads ∂⟨O⟩/∂φ = Im⟨λ|P|ψ⟩ at each rotation exp(−iφP/2); ∂/∂θⱼ sums those over the gates θⱼ drives.</summary>
    /// <returns>Values[i][k] and Jacobians[i][k][j].</returns>
    /// <remarks>Jones and Gacon, "Efficient calculation of gradients in classical simulations of variational quantum
    /// algorithms", arXiv:2009.02823 (2020).</remarks>
    public static (double[][] Values, double[][][] Jacobians) Adjoint(Tape tape, double[][] features, double[] theta, IReadOnlyList<IStateObservable> observables)
    {
        var parts = tape.ParameterParts(theta);
        var k = observables.Count;
        var values = new double[features.Length][];
        var jacobians = new double[features.Length][][];
        var schedule = tape.Schedule;
        // The sweep stops after the step that holds the first trainable gate: earlier gates move no derivative.
        var lastStep = Array.FindIndex(schedule, op => op.Gates.Any(tape.IsTrainable));
        ForEach(tape, features.Length, 1 + k, (i, w) =>
        {
            tape.AnglesAt(features[i], parts, w.Angles);
            var psi = w.States[0];
            var lambdas = w.Lambdas;
            var matrices = w.MatricesFor(tape.Gates.Length);
            Matrices(tape.Gates, w.Angles, matrices);
            Run(tape.Gates, schedule, matrices, w.Angles, psi);
            var value = new double[k];
            var jac = new double[k][];
            for (var o = 0; o < k; o++)
            {
                value[o] = observables[o].ApplyAndExpect(psi, lambdas[o]);
                jac[o] = new double[theta.Length];
            }
            for (var step = schedule.Length - 1; lastStep >= 0 && step >= lastStep; step--)
                BackwardStep(tape, step, matrices, w.Angles, psi, lambdas, jac, last: step == lastStep);
            values[i] = value;
            jacobians[i] = jac;
        });
        return (values, jacobians);
    }

    /// <summary>Un-applies one step of the schedule from ψ and every λ, adding its gates' derivatives to the Jacobian.</summary>
    private static void BackwardStep(Tape tape, int step, Matrix2[] matrices, double[] angles, StateVector psi, StateVector[] lambdas, double[][] jac, bool last)
    {
        var k = lambdas.Length;
        var op = tape.Schedule[step];
        if (op.IsRun)
        {
            var n = op.Gates.Length;
            Span<Matrix2> daggers = n <= 16 ? stackalloc Matrix2[n] : new Matrix2[n];
            Span<double> derivatives = n * k <= 64 ? stackalloc double[n * k] : new double[n * k];
            derivatives.Clear();
            var generators = tape.Generators[step];
            for (var t = 0; t < n; t++) daggers[t] = matrices[op.Gates[t]].Adjoint();
            AdjointKernels.UnapplyRun(psi, lambdas, op.Qubit, daggers, generators, derivatives);
            for (var t = 0; t < n; t++)
            {
                if (generators[t] is null) continue;
                var f = tape.Angles[tape.Gates[op.Gates[t]].Angle];
                for (var o = 0; o < k; o++)
                    for (var q = 0; q < f.Parameters.Length; q++) jac[o][f.Parameters[q]] += f.Coefficients[q] * derivatives[t * k + o];
            }
            return;
        }
        var gate = tape.Gates[op.Gates[0]];
        var angle = gate.Angle >= 0 ? angles[gate.Angle] : 0;
        if (tape.IsTrainable(op.Gates[0]))
        {
            var f = tape.Angles[gate.Angle];
            for (var o = 0; o < k; o++)
            {
                var d = PauliInner.Of(lambdas[o], psi, gate.Kind, gate.Qubits).Imaginary;
                for (var q = 0; q < f.Parameters.Length; q++) jac[o][f.Parameters[q]] += f.Coefficients[q] * d;
            }
        }
        // After the last step the states are not read again.
        if (last) return;
        psi.Apply(gate.Kind, gate.Qubits, angle, adjoint: true);
        foreach (var lambda in lambdas) lambda.Apply(gate.Kind, gate.Qubits, angle, adjoint: true);
    }

    /// <summary>The same Jacobian by the parameter-shift rule applied to each trainable gate: ∂⟨O⟩/∂φ = (⟨O⟩(φ + π/2) −
    /// ⟨O⟩(φ − π/2))/2 for every rotation exp(−iφP/2) with P a Pauli product, summed over the gates θⱼ drives with their
    /// scales, so shared and scaled angles are exact too. Costs two circuits per trainable gate.</summary>
    public static (double[][] Values, double[][][] Jacobians) ParameterShift(Tape tape, double[][] features, double[] theta, IReadOnlyList<IStateObservable> observables)
    {
        var parts = tape.ParameterParts(theta);
        var k = observables.Count;
        var values = new double[features.Length][];
        var jacobians = new double[features.Length][][];
        ForEach(tape, features.Length, 1, (i, w) =>
        {
            tape.AnglesAt(features[i], parts, w.Angles);
            var state = w.States[0];
            Run(tape, w.Angles, state);
            values[i] = observables.Select(o => o.Expectation(state)).ToArray();
            var jac = new double[k][];
            for (var o = 0; o < k; o++) jac[o] = new double[theta.Length];
            foreach (var gate in tape.Gates)
            {
                if (gate.Angle < 0 || !tape.Angles[gate.Angle].IsTrainable) continue;
                var f = tape.Angles[gate.Angle];
                var original = w.Angles[gate.Angle];
                w.Angles[gate.Angle] = original + Math.PI / 2;
                Run(tape, w.Angles, state);
                var plus = observables.Select(o => o.Expectation(state)).ToArray();
                w.Angles[gate.Angle] = original - Math.PI / 2;
                Run(tape, w.Angles, state);
                w.Angles[gate.Angle] = original;
                for (var o = 0; o < k; o++)
                {
                    var d = (plus[o] - observables[o].Expectation(state)) / 2;
                    for (var t = 0; t < f.Parameters.Length; t++) jac[o][f.Parameters[t]] += f.Coefficients[t] * d;
                }
            }
            jacobians[i] = jac;
        });
        return (values, jacobians);
    }

    /// <summary>⟨a|b⟩.</summary>
    public static Complex Dot(StateVector a, StateVector b)
    {
        double re = 0, im = 0;
        for (var i = 0; i < a.Length; i++)
        {
            re += a.Re[i] * b.Re[i] + a.Im[i] * b.Im[i];
            im += a.Re[i] * b.Im[i] - a.Im[i] * b.Re[i];
        }
        return new Complex(re, im);
    }

    /// <summary>Per-worker buffers: states and the angle vector.</summary>
    private sealed class Workspace(int qubits, int states, int angles, bool parallelKernels)
    {
        // Reused across calls: a training loop evaluates the same register size thousands of times, and states of
        // 2^14 amplitudes and up would otherwise be fresh large-object-heap allocations (and gen-2 collections) each call.
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(int, int), System.Collections.Concurrent.ConcurrentBag<Workspace>> Pool = new();
        private const int PooledBytes = 64 << 20;

        public static Workspace Rent(int qubits, int states, int angles, bool parallelKernels)
        {
            if (Pool.TryGetValue((qubits, states), out var bag) && bag.TryTake(out var w))
            {
                foreach (var state in w.States) state.Parallel = parallelKernels;
                w.AnglesFor(angles);
                return w;
            }
            return new Workspace(qubits, states, angles, parallelKernels);
        }

        public static void Return(Workspace w)
        {
            // Only small workspaces are kept, a few per size: a 20-qubit state is not worth holding on to.
            if (EngineMemory.StateBytes(w.States[0].Qubits) * w.States.Length > PooledBytes) return;
            var bag = Pool.GetOrAdd((w.States[0].Qubits, w.States.Length), _ => []);
            if (bag.Count < Environment.ProcessorCount * 2) bag.Add(w);
        }

        public StateVector[] States { get; } = Enumerable.Range(0, states).Select(_ => new StateVector(qubits) { Parallel = parallelKernels }).ToArray();

        public double[] Angles { get; private set; } = new double[angles];

        /// <summary>A buffer of <paramref name="count"/> gate matrices.</summary>
        public Matrix2[] MatricesFor(int count)
        {
            if (_matrices.Length < count) _matrices = new Matrix2[count];
            return _matrices;
        }

        private Matrix2[] _matrices = [];

        /// <summary>Every state but the first: the adjoint method's λ vectors.</summary>
        public StateVector[] Lambdas => _lambdas ??= States[1..];

        private StateVector[]? _lambdas;

        /// <summary>The angle buffer, grown to <paramref name="count"/> (a feature vector's own gate sequence may have more).</summary>
        public Span<double> AnglesFor(int count)
        {
            if (Angles.Length < count) Angles = new double[count];
            return Angles.AsSpan(0, count);
        }
    }

    /// <summary>Runs <paramref name="body"/> for items 0..count−1: across workers when there are enough items, else one
    /// after the other with every core inside each large state's kernels.</summary>
    private static void ForEach(Tape tape, int count, int statesPerItem, Action<int, Workspace> body)
    {
        if (count == 0) return;
        var cores = Math.Max(1, Math.Min(MaxWorkers, Environment.ProcessorCount));
        var workers = EngineMemory.Workers(tape.Qubits, statesPerItem, Math.Min(cores, count));
        var batchParallel = workers > 1 && (count >= 2 * workers || tape.Qubits < 15);
        if (!batchParallel)
        {
            var w = Workspace.Rent(tape.Qubits, statesPerItem, tape.Angles.Length, parallelKernels: cores > 1);
            try
            {
                for (var i = 0; i < count; i++) body(i, w);
            }
            finally
            {
                Workspace.Return(w);
            }
            return;
        }
        // Contiguous chunks keep each worker's results independent of scheduling.
        var chunk = Math.Max(1, count / (workers * 4));
        var chunks = (count + chunk - 1) / chunk;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = workers },
            () => Workspace.Rent(tape.Qubits, statesPerItem, tape.Angles.Length, parallelKernels: false),
            (c, _, w) =>
            {
                for (var i = c * chunk; i < Math.Min(count, (c + 1) * chunk); i++) body(i, w);
                return w;
            },
            Workspace.Return);
    }
}
