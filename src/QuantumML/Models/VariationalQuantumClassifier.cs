using QuantumML.Data;
using QuantumML.Gradients;
using QuantumML.Optimization;
using QuantumML.QSharp;
using QuantumML.Quantum;
using QuantumML.Randomness;
using QuantumML.Training;

namespace QuantumML.Models;

/// <summary>A variational quantum classifier: a Q# encoding and ansatz, read out as ⟨Z_k⟩ with a trainable
/// classical scale and bias per class.</summary>
/// <remarks>
/// Two classes read qubit 0: logit₁ = w·⟨Z₀⟩ + b, logit₀ = 0 (a sigmoid). K &gt; 2 classes read qubits
/// 0..K−1: logit_k = w_k·⟨Z_k⟩ + b_k, and need K ≤ qubits. Probabilities are the softmax of the logits.
/// The circuit parameters and (w, b) are trained together; circuit gradients come from the chosen
/// <see cref="IExpectationGradient"/>, the classical ones in closed form.
/// </remarks>
public sealed partial class VariationalQuantumClassifier(QSharpRuntime runtime, QSharpProject project, VqcOptions options) : IParametricClassifier, IPreflight, IRemeasurable, ITraceableCircuit
{
    private double[] _theta = [];
    private double[] _scale = [];
    private double[] _bias = [];
    private int _classes;
    private int _circuitParameters;
    private CircuitEvaluator? _evaluator;
    private IExpectationGradient? _gradient;

    /// <inheritdoc/>
    public string Name => options.Name;

    /// <inheritdoc/>
    public bool IsQuantum => true;

    /// <summary>The trained circuit parameters.</summary>
    public IReadOnlyList<double> CircuitParameters => _theta;

    /// <summary>Circuits evaluated so far, training and prediction.</summary>
    public long CircuitEvaluations => _evaluator?.CircuitEvaluations ?? 0;

    /// <summary>Q# runs made so far, training and prediction.</summary>
    public long QSharpRuns => _evaluator?.QSharpRuns ?? 0;

    /// <summary>Which engine ran the model's circuits, and why.</summary>
    public IReadOnlyList<EngineUse> Engines => _evaluator?.Engines ?? [];

    private CircuitSpec Circuit => options.Circuit;

    /// <inheritdoc/>
    public TrainingOptions Training => new()
    {
        Epochs = options.Epochs,
        BatchSize = options.BatchSize,
        Optimizer = options.Optimizer,
        LearningRate = options.LearningRate,
        Schedule = options.Schedule,
        EarlyStopping = options.EarlyStopping,
        CheckpointEvery = options.CheckpointEvery,
        Seed = options.Seed,
    };

    /// <inheritdoc/>
    public ICheckpointStore? Checkpoints { get; set; }

    /// <inheritdoc/>
    public Func<CancellationToken, Task<double>>? TestAccuracyProbe { get; set; }

    /// <inheritdoc/>
    public double[] Parameters
    {
        get => [.. _theta, .. _scale, .. _bias];
        set
        {
            if (value.Length != _circuitParameters + 2 * Readout)
                throw new ArgumentException($"{Name} takes {_circuitParameters + 2 * Readout} parameters, not {value.Length}.", nameof(value));
            Unpack(value, _circuitParameters);
        }
    }

    /// <inheritdoc/>
    public async Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default)
    {
        if (OptimizerCatalogue.FirstOrder.Contains(options.Optimizer))
        {
            // A learning curve's test predictions are measurement, not training: their circuits are not counted.
            var (probeCircuits, probeRuns) = (0L, 0L);
            var probe = TestAccuracyProbe;
            var trainer = new EpochTrainer(Training)
            {
                Checkpoints = Checkpoints,
                Cost = () => new TrainingCost(CircuitEvaluations - probeCircuits, QSharpRuns - probeRuns),
                TestAccuracyProbe = probe is null ? null : async ct =>
                {
                    var (circuits, runs) = (CircuitEvaluations, QSharpRuns);
                    var accuracy = await probe(ct).ConfigureAwait(false);
                    probeCircuits += CircuitEvaluations - circuits;
                    probeRuns += QSharpRuns - runs;
                    return accuracy;
                },
            };
            var report = await trainer.TrainAsync(this, train, cancellationToken: cancellationToken).ConfigureAwait(false);
            return report with { Engines = Engines };
        }
        if (options.EarlyStopping is not null || options.CheckpointEvery > 0 || options.Schedule != LearningRateSchedule.Constant)
            throw new ArgumentException($"{Name}: early stopping, checkpoints and learning-rate schedules need a first-order optimizer ({string.Join(", ", OptimizerCatalogue.FirstOrder)}), not {options.Optimizer}.");

        var initial = await InitializeAsync(train, cancellationToken).ConfigureAwait(false);
        var random = new Random(DerivedSeed.Of(options.Seed, 1));
        var optimizer = CreateOptimizer(random);
        var gradient = optimizer.UsesGradient ? CreateGradient(random) : null;
        var epochs = new List<EpochRecord>();
        var objective = new WholeSetObjective(this, train, gradient, epochs, cancellationToken);
        var result = await Task.Run(() => optimizer.Minimize(objective.Evaluate, initial), cancellationToken).ConfigureAwait(false);
        Unpack(result.Minimizer, _circuitParameters);
        return new FitReport(epochs, _evaluator!.CircuitEvaluations, _evaluator.QSharpRuns) { Engines = Engines };
    }

    /// <inheritdoc/>
    public async Task<double[]> InitializeAsync(Dataset train, CancellationToken cancellationToken = default)
    {
        options.Circuit.Validate();
        _classes = train.ClassCount;
        var readout = Readout;
        if (readout > options.Circuit.Qubits)
            throw new ArgumentException($"{Name}: {_classes} classes need {readout} readout qubits, but the circuit has {options.Circuit.Qubits}.");
        if (train.FeatureCount == 0 || train.Count == 0)
            throw new ArgumentException($"{Name}: the training set is empty.");

        var random = new Random(options.Seed);
        _evaluator ??= new CircuitEvaluator(runtime, project, options.Execution, new Random(random.Next()), options.Engine);
        _gradient ??= CreateGradient(new Random(DerivedSeed.Of(options.Seed, 2)));
        // The count is a Q# run; federated training initializes the same model every round.
        if (_circuitParameters == 0) _circuitParameters = await _evaluator.ParameterCountAsync(options.Circuit, cancellationToken).ConfigureAwait(false);
        var p = _circuitParameters;
        await _evaluator.PrepareAsync(options.Circuit, train.Features, p, cancellationToken).ConfigureAwait(false);
        var initial = new double[p + 2 * readout];
        for (var j = 0; j < p; j++) initial[j] = (random.NextDouble() * 2 - 1) * Math.PI;
        for (var k = 0; k < readout; k++) initial[p + k] = 1.0;
        Unpack(initial, p);
        return initial;
    }

    /// <inheritdoc/>
    public async Task<BatchLoss> LossAsync(double[] parameters, Dataset data, IReadOnlyList<int> samples, bool withGradient, CancellationToken cancellationToken = default)
    {
        var evaluator = _evaluator ?? throw new InvalidOperationException($"{Name} is not initialized.");
        var features = samples.Select(i => data.Features[i]).ToArray();
        var theta = parameters[.._circuitParameters];
        // Values alone need one circuit per sample instead of 1 + 2P.
        var jac = withGradient
            ? await _gradient!.EvaluateAsync(evaluator, options.Circuit, features, theta, Readout, cancellationToken).ConfigureAwait(false)
            : new ExpectationJacobian(await evaluator.ExpectationsAsync(options.Circuit, features, theta, Readout, cancellationToken).ConfigureAwait(false), []);
        return LossOf(parameters, jac, samples.Select(i => data.Labels[i]).ToArray(), withGradient);
    }

    /// <summary>Checks the readout, the parameter-count function, and one circuit on the first sample, calling
    /// the encoding and the ansatz directly so that their own Fact messages surface.</summary>
    public async Task CheckAsync(Dataset train, CancellationToken cancellationToken = default)
    {
        options.Circuit.Validate();
        _classes = train.ClassCount;
        if (Readout > options.Circuit.Qubits)
            throw new ArgumentException($"{train.ClassCount} classes need {Readout} readout qubits (one per class), but \"qubits\" is {options.Circuit.Qubits}.");
        var evaluator = new CircuitEvaluator(runtime, project, ExecutionMode.Exact, new Random(0));
        var c = options.Circuit;
        var p = await evaluator.ParameterCountAsync(c, cancellationToken).ConfigureAwait(false);
        var perLayer = new double[p / c.Uploads];
        var expr = $"Drivers.DumpCircuitStates({c.Encoding}, {c.Ansatz}, {c.Qubits}, [{QSharpLiteral.Array(train.Features[0])}], [{QSharpLiteral.Array(perLayer)}])";
        await runtime.RunAsync(project, expr, new RunOptions { Reproducible = false }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default)
    {
        var evaluator = _evaluator ?? throw new InvalidOperationException($"{Name} is not trained.");
        var z = await evaluator.ExpectationsAsync(options.Circuit, features, _theta, Readout, cancellationToken).ConfigureAwait(false);
        return z.Select(row => Loss.Softmax(Logits(row, _scale, _bias))).ToArray();
    }

    /// <inheritdoc/>
    public async Task<double[][]> PredictProbabilitiesAsync(double[][] features, ExecutionMode mode, int seed, CancellationToken cancellationToken = default)
    {
        if (_evaluator is null) throw new InvalidOperationException($"{Name} is not trained.");
        var evaluator = new CircuitEvaluator(runtime, project, mode, new Random(seed), options.Engine);
        var z = await evaluator.ExpectationsAsync(options.Circuit, features, _theta, Readout, cancellationToken).ConfigureAwait(false);
        return z.Select(row => Loss.Softmax(Logits(row, _scale, _bias))).ToArray();
    }

    /// <inheritdoc/>
    public (string Expression, int Qubits) CircuitFor(double[] features) =>
        ($"({options.Circuit.CircuitExpression})({QSharpLiteral.Array(features)}, {QSharpLiteral.Array(_theta)}, _)", options.Circuit.Qubits);

    private int Readout => _classes == 2 ? 1 : _classes;

    private double[] Logits(double[] z, double[] scale, double[] bias)
    {
        if (_classes == 2) return [0, scale[0] * z[0] + bias[0]];
        var logits = new double[_classes];
        for (var k = 0; k < _classes; k++) logits[k] = scale[k] * z[k] + bias[k];
        return logits;
    }

    private void Unpack(double[] x, int p)
    {
        _theta = x[..p];
        _scale = x[p..(p + Readout)];
        _bias = x[(p + Readout)..];
    }

    private IOptimizer CreateOptimizer(Random random) => OptimizerCatalogue.Catalogue.Find(options.Optimizer) is { Kind: not OptimizerKind.FirstOrder } entry
        ? entry.Create(new OptimizerBudget(options.Epochs, options.LearningRate, random))
        : throw new ArgumentException($"{Name}: unknown optimizer '{options.Optimizer}'; use {string.Join(", ", OptimizerCatalogue.Catalogue.Names)}.");

    private IExpectationGradient CreateGradient(Random random)
    {
        var entry = GradientCatalogue.Catalogue.Find(options.Gradient)
            ?? throw new ArgumentException($"{Name}: unknown gradient '{options.Gradient}'; use {string.Join(", ", GradientCatalogue.Catalogue.Names)}.");
        if (entry.ExactOnly && options.Execution.Kind != ExecutionKind.Exact)
            throw new ArgumentException($"{Name}: the {entry.Name} gradient differentiates exact states; with shots use \"gradient\": \"parameter-shift\".");
        return entry.Create(options.Execution, random);
    }

    /// <summary>The mean loss over <paramref name="labels"/>' samples from their readouts, with the gradient of the
    /// circuit parameters (chain rule through the Jacobian) and of the classical scale and bias (closed form).</summary>
    private BatchLoss LossOf(double[] x, ExpectationJacobian jac, int[] labels, bool withGradient)
    {
        var p = _circuitParameters;
        var readout = Readout;
        var scale = x[p..(p + readout)];
        var bias = x[(p + readout)..];
        var grad = new double[x.Length];
        var loss = 0.0;
        var correct = 0;
        for (var b = 0; b < labels.Length; b++)
        {
            var z = jac.Values[b];
            var logits = Logits(z, scale, bias);
            var (value, dLogits) = Loss.Evaluate(options.Loss, logits, labels[b]);
            loss += value;
            if (ClassifierExtensions.ArgMax(logits) == labels[b]) correct++;
            if (!withGradient) continue;
            for (var k = 0; k < readout; k++)
            {
                // The logit fed by readout qubit k: logit₁ for two classes, logit_k otherwise.
                var d = dLogits[_classes == 2 ? 1 : k];
                grad[p + k] += d * z[k];
                grad[p + readout + k] += d;
                if (jac.Jacobians.Length == 0) continue;
                var dz = d * scale[k];
                var row = jac.Jacobians[b][k];
                for (var j = 0; j < p; j++) grad[j] += dz * row[j];
            }
        }
        var n = Math.Max(1, labels.Length);
        for (var j = 0; j < grad.Length; j++) grad[j] /= n;
        return new BatchLoss(loss / n, withGradient ? grad : null, correct);
    }

    /// <summary>The whole-set loss for SPSA, L-BFGS and Nelder-Mead, one epoch record per evaluation.</summary>
    private sealed class WholeSetObjective(VariationalQuantumClassifier model, Dataset train, IExpectationGradient? gradient, List<EpochRecord> epochs, CancellationToken ct)
    {
        private readonly int[] _all = Enumerable.Range(0, train.Count).ToArray();

        public ObjectiveValue Evaluate(double[] x)
        {
            ct.ThrowIfCancellationRequested();
            var evaluator = model._evaluator!;
            var features = train.Features;
            var theta = x[..model._circuitParameters];
            var jac = gradient is null
                ? new ExpectationJacobian(evaluator.ExpectationsAsync(model.Circuit, features, theta, model.Readout, ct).GetAwaiter().GetResult(), [])
                : gradient.EvaluateAsync(evaluator, model.Circuit, features, theta, model.Readout, ct).GetAwaiter().GetResult();
            var result = model.LossOf(x, jac, _all.Select(i => train.Labels[i]).ToArray(), gradient is not null);
            epochs.Add(new EpochRecord(epochs.Count + 1, result.Loss, (double)result.Correct / train.Count));
            return new ObjectiveValue(result.Loss, result.Gradient);
        }
    }
}
