using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Training;

namespace QuantumML.Baselines;

/// <summary>
/// A fully connected network with one or two hidden layers and a softmax output, trained on cross-entropy by
/// <see cref="EpochTrainer"/> (Adam by default) over shuffled minibatches. MathNet does the matrix products;
/// backpropagation is written by hand because MathNet has none.
/// </summary>
/// <param name="options">Settings; <c>new()</c> when omitted.</param>
public sealed partial class MultilayerPerceptron(MultilayerPerceptronOptions? options = null) : IParametricClassifier
{
    private Matrix<double>[] _weights = [];   // layer l maps (rows) inputs to (columns) outputs
    private Vector<double>[] _biases = [];

    /// <summary>The settings.</summary>
    public MultilayerPerceptronOptions Options { get; } = options ?? new();

    /// <inheritdoc />
    public string Name => Kind;

    /// <inheritdoc />
    public bool IsQuantum => false;

    /// <inheritdoc />
    public TrainingOptions Training => new()
    {
        Epochs = Options.Epochs,
        BatchSize = Options.BatchSize,
        Optimizer = Options.Optimizer,
        LearningRate = Options.LearningRate,
        Schedule = Options.Schedule,
        EarlyStopping = Options.EarlyStopping,
        CheckpointEvery = Options.CheckpointEvery,
        Seed = Options.Seed,
    };

    /// <inheritdoc />
    public ICheckpointStore? Checkpoints { get; set; }

    /// <inheritdoc/>
    public Func<CancellationToken, Task<double>>? TestAccuracyProbe { get; set; }

    /// <inheritdoc />
    public double[] Parameters
    {
        get => [.. _weights.Zip(_biases).SelectMany(p => p.First.ToColumnMajorArray().Concat(p.Second))];
        set
        {
            if (value.Length != ParameterCount) throw new ArgumentException($"{Name} takes {ParameterCount} parameters, not {value.Length}.", nameof(value));
            var offset = 0;
            for (var l = 0; l < _weights.Length; l++)
            {
                var (rows, columns) = (_weights[l].RowCount, _weights[l].ColumnCount);
                _weights[l] = Matrix<double>.Build.Dense(rows, columns, value[offset..(offset += rows * columns)]);
                _biases[l] = Vector<double>.Build.Dense(value[offset..(offset += columns)]);
            }
        }
    }

    /// <inheritdoc />
    public Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default) =>
        EpochTrainer.For(this).TrainAsync(this, train, cancellationToken: cancellationToken);

    /// <inheritdoc />
    public Task<double[]> InitializeAsync(Dataset train, CancellationToken cancellationToken = default)
    {
        BaselineChecks.CheckTrainingSet(train);
        var o = Options;
        if (o.HiddenLayers.Count is < 1 or > 2 || o.HiddenLayers.Any(w => w < 1))
            throw new InvalidOperationException("The perceptron takes one or two hidden layers of positive width.");
        if (o.Epochs < 1 || o.BatchSize < 1 || !(o.LearningRate > 0)) throw new InvalidOperationException("Epochs, batch size and learning rate must be positive.");
        int[] widths = [train.FeatureCount, .. o.HiddenLayers, train.ClassCount];
        Initialise(widths, new Random(o.Seed));
        return Task.FromResult(Parameters);
    }

    /// <inheritdoc />
    public Task<BatchLoss> LossAsync(double[] parameters, Dataset data, IReadOnlyList<int> samples, bool withGradient, CancellationToken cancellationToken = default)
    {
        Parameters = parameters;
        var n = samples.Count;
        var xb = Matrix<double>.Build.DenseOfRowArrays(samples.Select(i => data.Features[i]));
        var yb = Matrix<double>.Build.Dense(n, data.ClassCount, (i, c) => data.Labels[samples[i]] == c ? 1 : 0);
        var (activations, preActivations) = Forward(xb);
        var probabilities = activations[^1];
        var crossEntropy = -probabilities.PointwiseMaximum(1e-300).PointwiseLog().PointwiseMultiply(yb).Enumerate().Sum() / n;
        var penalty = Options.L2 / 2 * _weights.Sum(w => w.FrobeniusNorm() * w.FrobeniusNorm());
        var correct = Enumerable.Range(0, n).Count(i => probabilities.Row(i).MaximumIndex() == data.Labels[samples[i]]);
        if (!withGradient) return Task.FromResult(new BatchLoss(crossEntropy + penalty, null, correct));

        // Backpropagation: the softmax + cross-entropy gradient with respect to the logits is (p − y) / n.
        var gradients = new double[_weights.Length][];
        var delta = (probabilities - yb) / n;
        for (var l = _weights.Length - 1; l >= 0; l--)
        {
            var gradW = activations[l].TransposeThisAndMultiply(delta) + Options.L2 * _weights[l];
            gradients[l] = [.. gradW.ToColumnMajorArray(), .. delta.ColumnSums()];
            if (l > 0) delta = delta.TransposeAndMultiply(_weights[l]).PointwiseMultiply(Derivative(preActivations[l - 1]));
        }
        return Task.FromResult(new BatchLoss(crossEntropy + penalty, [.. gradients.SelectMany(g => g)], correct));
    }

    private int ParameterCount => _weights.Sum(w => w.RowCount * w.ColumnCount + w.ColumnCount);

    /// <inheritdoc />
    public Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default)
    {
        if (_weights.Length == 0) throw BaselineChecks.NotFitted(Name);
        BaselineChecks.CheckRows(features, _weights[0].RowCount, nameof(features));
        if (features.Length == 0) return Task.FromResult(Array.Empty<double[]>());
        return Task.FromResult(Forward(Matrix<double>.Build.DenseOfRowArrays(features)).Activations[^1].ToRowArrays());
    }

    private void Initialise(int[] widths, Random rng)
    {
        _weights = new Matrix<double>[widths.Length - 1];
        _biases = new Vector<double>[widths.Length - 1];
        for (var l = 0; l < _weights.Length; l++)
        {
            // Glorot for tanh (and the softmax layer), He for ReLU: keeps activations' variance stable through the layers.
            var hiddenRelu = Options.Activation == Activation.Relu && l < _weights.Length - 1;
            var std = hiddenRelu ? Math.Sqrt(2.0 / widths[l]) : Math.Sqrt(2.0 / (widths[l] + widths[l + 1]));
            _weights[l] = Matrix<double>.Build.Dense(widths[l], widths[l + 1], (_, _) => Normal.Sample(rng, 0, std));
            _biases[l] = Vector<double>.Build.Dense(widths[l + 1]);
        }
    }

    private (Matrix<double>[] Activations, Matrix<double>[] PreActivations) Forward(Matrix<double> x)
    {
        var activations = new Matrix<double>[_weights.Length + 1];
        var preActivations = new Matrix<double>[_weights.Length];
        activations[0] = x;
        for (var l = 0; l < _weights.Length; l++)
        {
            var bias = _biases[l];
            var z = activations[l] * _weights[l];
            z.MapIndexedInplace((_, j, v) => v + bias[j]);
            preActivations[l] = z;
            activations[l + 1] = l == _weights.Length - 1 ? SoftmaxRows(z) : Activate(z);
        }
        return (activations, preActivations);
    }

    private Matrix<double> Activate(Matrix<double> z) =>
        Options.Activation == Activation.Relu ? z.Map(v => Math.Max(0, v)) : z.Map(Math.Tanh);

    private Matrix<double> Derivative(Matrix<double> z) =>
        Options.Activation == Activation.Relu ? z.Map(v => v > 0 ? 1.0 : 0.0) : z.Map(v => 1 - Math.Tanh(v) * Math.Tanh(v));

    private static Matrix<double> SoftmaxRows(Matrix<double> z)
    {
        var result = Matrix<double>.Build.Dense(z.RowCount, z.ColumnCount);
        for (var i = 0; i < z.RowCount; i++) result.SetRow(i, BaselineChecks.Softmax(z.Row(i).ToArray()));
        return result;
    }
}
