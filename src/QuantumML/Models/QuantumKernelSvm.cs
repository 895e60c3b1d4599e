using System.Numerics;
using QuantumML.Baselines;
using QuantumML.Data;
using QuantumML.QSharp;
using QuantumML.Quantum;

namespace QuantumML.Models;

/// <summary>Settings of a <see cref="QuantumKernelSvm"/>.</summary>
public sealed record QuantumKernelOptions
{
    /// <summary>The Q# feature map U, <c>(Double[], Qubit[]) => Unit is Adj</c>.</summary>
    public required string Encoding { get; init; }

    /// <summary>Register size.</summary>
    public required int Qubits { get; init; }

    /// <summary>Name in reports.</summary>
    public string Name { get; init; } = "qsvc";

    /// <summary>The SVM's box constraint C; range &gt; 0.</summary>
    public double C { get; init; } = 1.0;

    /// <summary>Exact kernels from state overlaps, or entries estimated from shots measured in Q#.</summary>
    public ExecutionMode Execution { get; init; } = ExecutionMode.Exact;

    /// <summary>Seed of the shot sampling.</summary>
    public int Seed { get; init; }

    /// <summary>Which engine prepares the encoded states; not part of a model file (both agree to 1e-10).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public QuantumEngine Engine { get; init; } = QuantumEngine.Compiled;
}

/// <summary>A support vector machine on the fidelity kernel k(x, x′) = |⟨0|U(x′)†U(x)|0⟩|² of a Q# feature map.</summary>
/// <remarks>
/// Exact mode dumps U(x)|0⟩ once per sample and takes overlaps in C#, so n samples cost n circuits rather
/// than n² kernel circuits. Shot mode runs U(x′)†U(x) and counts all-zero outcomes, as hardware would.
/// Havlicek et al., Nature 567, 209 (2019).
/// </remarks>
public sealed partial class QuantumKernelSvm(QSharpRuntime runtime, QSharpProject project, QuantumKernelOptions options) : IClassifier, IPreflight, ITraceableCircuit
{
    private SupportVectorMachine? _svm;
    private CircuitEvaluator? _evaluator;
    private double[][] _trainFeatures = [];
    private Complex[][] _trainStates = [];

    /// <inheritdoc/>
    public string Name => options.Name;

    /// <inheritdoc/>
    public bool IsQuantum => true;

    /// <summary>The training kernel matrix of the last fit.</summary>
    public double[,]? KernelMatrix { get; private set; }

    /// <inheritdoc/>
    public async Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default)
    {
        _evaluator = new CircuitEvaluator(runtime, project, options.Execution, new Random(options.Seed), options.Engine);
        _trainFeatures = train.Features;
        var n = train.Count;
        var gram = new double[n, n];
        if (options.Execution.Kind == ExecutionKind.ShotsInQSharp)
        {
            var pairs = new List<(int I, int J)>();
            for (var i = 0; i < n; i++)
                for (var j = 0; j < i; j++) pairs.Add((i, j));
            var entries = await _evaluator.KernelEntriesByShotsAsync(options.Encoding, options.Qubits,
                pairs.Select(p => train.Features[p.I]).ToArray(), pairs.Select(p => train.Features[p.J]).ToArray(), cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < pairs.Count; k++) gram[pairs[k].I, pairs[k].J] = gram[pairs[k].J, pairs[k].I] = entries[k];
            for (var i = 0; i < n; i++) gram[i, i] = 1;
        }
        else
        {
            _trainStates = await _evaluator.EncodedStatesAsync(options.Encoding, options.Qubits, train.Features, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < n; i++)
                for (var j = 0; j <= i; j++) gram[i, j] = gram[j, i] = Fidelity(_trainStates[i], _trainStates[j]);
        }
        KernelMatrix = gram;
        _svm = new SupportVectorMachine(new SupportVectorMachineOptions { C = options.C });
        var report = _svm.FitPrecomputed(gram, train.Labels, train.ClassCount, cancellationToken);
        return report with { CircuitEvaluations = _evaluator.CircuitEvaluations, QSharpRuns = _evaluator.QSharpRuns, Engines = _evaluator.Engines };
    }

    /// <summary>Encodes the first sample once, calling the feature map directly.</summary>
    public async Task CheckAsync(Dataset train, CancellationToken cancellationToken = default)
    {
        var evaluator = new CircuitEvaluator(runtime, project, ExecutionMode.Exact, new Random(0));
        await evaluator.EncodedStatesAsync(options.Encoding, options.Qubits, [train.Features[0]], cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default)
    {
        var svm = _svm ?? throw new InvalidOperationException($"{Name} is not trained.");
        var rows = await KernelRowsAsync(features, cancellationToken).ConfigureAwait(false);
        return svm.ProbabilitiesFromKernelRows(rows);
    }

    /// <summary>k(x, x_train_j) for every x and training sample j.</summary>
    public async Task<double[][]> KernelRowsAsync(double[][] features, CancellationToken cancellationToken = default)
    {
        var evaluator = _evaluator ?? throw new InvalidOperationException($"{Name} is not trained.");
        var m = _trainFeatures.Length;
        if (options.Execution.Kind == ExecutionKind.ShotsInQSharp)
        {
            var left = features.SelectMany(x => Enumerable.Repeat(x, m)).ToArray();
            var right = features.SelectMany(_ => _trainFeatures).ToArray();
            var entries = await evaluator.KernelEntriesByShotsAsync(options.Encoding, options.Qubits, left, right, cancellationToken).ConfigureAwait(false);
            return features.Select((_, i) => entries[(i * m)..((i + 1) * m)]).ToArray();
        }
        var states = await evaluator.EncodedStatesAsync(options.Encoding, options.Qubits, features, cancellationToken).ConfigureAwait(false);
        return states.Select(s => _trainStates.Select(t => Fidelity(s, t)).ToArray()).ToArray();
    }

    /// <inheritdoc/>
    public (string Expression, int Qubits) CircuitFor(double[] features) =>
        ($"({options.Encoding})({QSharpLiteral.Array(features)}, _)", options.Qubits);

    /// <summary>Circuits evaluated so far.</summary>
    public long CircuitEvaluations => _evaluator?.CircuitEvaluations ?? 0;

    private static double Fidelity(Complex[] a, Complex[] b)
    {
        var overlap = Complex.Zero;
        for (var i = 0; i < a.Length; i++) overlap += Complex.Conjugate(a[i]) * b[i];
        return overlap.Real * overlap.Real + overlap.Imaginary * overlap.Imaginary;
    }
}
