using QuantumML.Data;
using QuantumML.Gradients;
using QuantumML.Optimization;
using QuantumML.QSharp;
using QuantumML.Quantum;

namespace QuantumML.Models;

/// <summary>A variational quantum classifier: a Q# encoding and ansatz, read out as ⟨Z_k⟩ with a trainable
/// classical scale and bias per class.</summary>
/// <remarks>
/// Two classes read qubit 0: logit₁ = w·⟨Z₀⟩ + b, logit₀ = 0 (a sigmoid). K &gt; 2 classes read qubits
/// 0..K−1: logit_k = w_k·⟨Z_k⟩ + b_k, and need K ≤ qubits. Probabilities are the softmax of the logits.
/// The circuit parameters and (w, b) are trained together; circuit gradients come from the chosen
/// <see cref="IExpectationGradient"/>, the classical ones in closed form.
/// </remarks>
public sealed partial class VariationalQuantumClassifier(QSharpRuntime runtime, QSharpProject project, VqcOptions options) : IClassifier, IPreflight, IRemeasurable, ITraceableCircuit
{
    private double[] _theta = [];
    private double[] _scale = [];
    private double[] _bias = [];
    private int _classes;
    private CircuitEvaluator? _evaluator;

    /// <inheritdoc/>
    public string Name => options.Name;

    /// <inheritdoc/>
    public bool IsQuantum => true;

    /// <summary>The trained circuit parameters.</summary>
    public IReadOnlyList<double> CircuitParameters => _theta;

    /// <summary>Circuits evaluated so far, training and prediction.</summary>
    public long CircuitEvaluations => _evaluator?.CircuitEvaluations ?? 0;

    /// <inheritdoc/>
    public async Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default)
    {
        options.Circuit.Validate();
        _classes = train.ClassCount;
        var readout = Readout;
        if (readout > options.Circuit.Qubits)
            throw new ArgumentException($"{Name}: {_classes} classes need {readout} readout qubits, but the circuit has {options.Circuit.Qubits}.");
        if (train.FeatureCount == 0 || train.Count == 0)
            throw new ArgumentException($"{Name}: the training set is empty.");

        var random = new Random(options.Seed);
        _evaluator = new CircuitEvaluator(runtime, project, options.Execution, new Random(random.Next()));
        var p = await _evaluator.ParameterCountAsync(options.Circuit, cancellationToken).ConfigureAwait(false);
        var initial = new double[p + 2 * readout];
        for (var j = 0; j < p; j++) initial[j] = (random.NextDouble() * 2 - 1) * Math.PI;
        for (var k = 0; k < readout; k++) initial[p + k] = 1.0;

        var optimizer = CreateOptimizer(train.Count, random);
        var gradient = CreateGradient(random);
        var epochs = new List<EpochRecord>();
        var objective = new TrainingObjective(this, train, p, optimizer.UsesGradient ? gradient : null,
            optimizer is StepOptimizer ? options.BatchSize : train.Count, random, epochs, cancellationToken);
        var result = await Task.Run(() => optimizer.Minimize(objective.Evaluate, initial), cancellationToken).ConfigureAwait(false);
        Unpack(result.Minimizer, p);
        objective.Flush();
        return new FitReport(epochs, _evaluator.CircuitEvaluations, _evaluator.QSharpRuns);
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
        var evaluator = new CircuitEvaluator(runtime, project, mode, new Random(seed));
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

    private IOptimizer CreateOptimizer(int trainCount, Random random)
    {
        var stepsPerEpoch = (trainCount + options.BatchSize - 1) / options.BatchSize;
        var steps = options.Epochs * stepsPerEpoch;
        return options.Optimizer switch
        {
            "adam" => new Adam(steps, options.LearningRate),
            "sgd" => new SgdMomentum(steps, options.LearningRate),
            "rmsprop" => new RmsProp(steps, options.LearningRate),
            "spsa" => new SpsaOptimizer(options.Epochs, new Random(random.Next())),
            "lbfgs" => new LBfgs(options.Epochs),
            "nelder-mead" => new NelderMead(options.Epochs),
            _ => throw new ArgumentException($"{Name}: unknown optimizer '{options.Optimizer}'; use adam, sgd, rmsprop, spsa, lbfgs or nelder-mead."),
        };
    }

    private IExpectationGradient CreateGradient(Random random) => options.Gradient switch
    {
        "parameter-shift" => new ParameterShiftGradient(),
        "finite-difference" => new FiniteDifferenceGradient(options.Execution.Kind == ExecutionKind.Exact ? 1e-4 : 0.1),
        "spsa" => new SpsaGradient(0.1, new Random(random.Next())),
        _ => throw new ArgumentException($"{Name}: unknown gradient '{options.Gradient}'; use parameter-shift, finite-difference or spsa."),
    };

    /// <summary>The training loss over minibatches (or the full set), with its gradient, recording epochs.</summary>
    private sealed class TrainingObjective(
        VariationalQuantumClassifier model, Dataset train, int p, IExpectationGradient? gradient, int batchSize,
        Random random, List<EpochRecord> epochs, CancellationToken ct)
    {
        private int[] _order = [];
        private int _cursor;
        private double _lossSum;
        private int _correct;
        private int _seen;

        public ObjectiveValue Evaluate(double[] x)
        {
            ct.ThrowIfCancellationRequested();
            if (_cursor >= _order.Length)
            {
                _order = Enumerable.Range(0, train.Count).OrderBy(_ => random.Next()).ToArray();
                _cursor = 0;
            }
            var batch = _order[_cursor..Math.Min(_order.Length, _cursor + batchSize)];
            _cursor += batch.Length;
            var features = batch.Select(i => train.Features[i]).ToArray();
            var readout = model.Readout;
            var theta = x[..p];
            var scale = x[p..(p + readout)];
            var bias = x[(p + readout)..];

            // Derivative-free optimizers only need values: one circuit per sample instead of 1 + 2P.
            var jac = gradient is null
                ? new ExpectationJacobian(model._evaluator!.ExpectationsAsync(model.Options.Circuit, features, theta, readout, ct).GetAwaiter().GetResult(), [])
                : gradient.EvaluateAsync(model._evaluator!, model.Options.Circuit, features, theta, readout, ct).GetAwaiter().GetResult();
            var grad = new double[x.Length];
            var loss = 0.0;
            for (var b = 0; b < batch.Length; b++)
            {
                var z = jac.Values[b];
                var label = train.Labels[batch[b]];
                var logits = model.Logits(z, scale, bias);
                var (value, dLogits) = Loss.Evaluate(model.Options.Loss, logits, label);
                loss += value;
                if (ClassifierExtensions.ArgMax(logits) == label) _correct++;
                for (var k = 0; k < readout; k++)
                {
                    // The logit fed by readout qubit k: logit₁ for two classes, logit_k otherwise.
                    var d = dLogits[model._classes == 2 ? 1 : k];
                    grad[p + k] += d * z[k];
                    grad[p + readout + k] += d;
                    if (gradient is null) continue;
                    var dz = d * scale[k];
                    var row = jac.Jacobians[b][k];
                    for (var j = 0; j < p; j++) grad[j] += dz * row[j];
                }
            }
            for (var j = 0; j < grad.Length; j++) grad[j] /= batch.Length;
            _lossSum += loss;
            _seen += batch.Length;
            if (_seen >= train.Count) Flush();
            return new ObjectiveValue(loss / batch.Length, grad);
        }

        /// <summary>Closes the current epoch's record, if it has samples.</summary>
        public void Flush()
        {
            if (_seen == 0) return;
            epochs.Add(new EpochRecord(epochs.Count + 1, _lossSum / _seen, (double)_correct / _seen));
            _lossSum = 0;
            _correct = 0;
            _seen = 0;
        }
    }

    private VqcOptions Options => options;
}
