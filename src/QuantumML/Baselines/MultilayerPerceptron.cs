using QuantumML.Optimization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using QuantumML.Data;
using QuantumML.Models;

namespace QuantumML.Baselines;

/// <summary>
/// A fully connected network with one or two hidden layers and a softmax output, trained on cross-entropy by Adam
/// over shuffled minibatches. MathNet does the matrix products; backpropagation and Adam are written by hand because
/// MathNet has neither.
/// </summary>
/// <param name="options">Settings; <c>new()</c> when omitted.</param>
public sealed partial class MultilayerPerceptron(MultilayerPerceptronOptions? options = null) : IClassifier
{
    private const double Beta1 = 0.9, Beta2 = 0.999, AdamEpsilon = 1e-8;
    private Matrix<double>[] _weights = [];   // layer l maps (rows) inputs to (columns) outputs
    private Vector<double>[] _biases = [];

    /// <summary>The settings.</summary>
    public MultilayerPerceptronOptions Options { get; } = options ?? new();

    /// <inheritdoc />
    public string Name => "mlp";

    /// <inheritdoc />
    public bool IsQuantum => false;

    /// <inheritdoc />
    public Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default)
    {
        BaselineChecks.CheckTrainingSet(train);
        var o = Options;
        if (o.HiddenLayers.Count is < 1 or > 2 || o.HiddenLayers.Any(w => w < 1))
            throw new InvalidOperationException("The perceptron takes one or two hidden layers of positive width.");
        if (o.Epochs < 1 || o.BatchSize < 1 || !(o.LearningRate > 0)) throw new InvalidOperationException("Epochs, batch size and learning rate must be positive.");
        var rng = new Random(o.Seed);
        int[] widths = [train.Features[0].Length, .. o.HiddenLayers, train.ClassCount];
        Initialise(widths, rng);
        var x = Matrix<double>.Build.DenseOfRowArrays(train.Features);
        var targets = Matrix<double>.Build.Dense(train.Count, train.ClassCount, (i, c) => train.Labels[i] == c ? 1 : 0);
        var layers = _weights.Length;
        var mW = _weights.Select(w => Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount)).ToArray();
        var vW = _weights.Select(w => Matrix<double>.Build.Dense(w.RowCount, w.ColumnCount)).ToArray();
        var mB = _biases.Select(b => Vector<double>.Build.Dense(b.Count)).ToArray();
        var vB = _biases.Select(b => Vector<double>.Build.Dense(b.Count)).ToArray();
        var order = Enumerable.Range(0, train.Count).ToArray();
        var step = 0;
        var epochs = new List<EpochRecord>();
        for (var epoch = 1; epoch <= o.Epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            rng.Shuffle(order);
            var lossSum = 0.0;
            for (var start = 0; start < order.Length; start += o.BatchSize)
            {
                var batch = order.Skip(start).Take(o.BatchSize).ToArray();
                var xb = Matrix<double>.Build.DenseOfRowVectors(batch.Select(x.Row));
                var yb = Matrix<double>.Build.DenseOfRowVectors(batch.Select(targets.Row));
                var (activations, preActivations) = Forward(xb);
                var probabilities = activations[^1];
                lossSum += -probabilities.PointwiseMaximum(1e-300).PointwiseLog().PointwiseMultiply(yb).Enumerate().Sum();

                // Backpropagation: the softmax + cross-entropy gradient with respect to the logits is (p − y) / batch.
                var delta = (probabilities - yb) / batch.Length;
                step++;
                for (var l = layers - 1; l >= 0; l--)
                {
                    var gradW = activations[l].TransposeThisAndMultiply(delta) + o.L2 * _weights[l];
                    var gradB = delta.ColumnSums();
                    if (l > 0) delta = delta.TransposeAndMultiply(_weights[l]).PointwiseMultiply(Derivative(preActivations[l - 1]));
                    AdamStep(_weights[l], gradW, mW[l], vW[l], step);
                    AdamStep(_biases[l], gradB, mB[l], vB[l], step);
                }
            }
            var trainProbabilities = Forward(x).Activations[^1];
            var correct = Enumerable.Range(0, train.Count).Count(i => trainProbabilities.Row(i).MaximumIndex() == train.Labels[i]);
            epochs.Add(new EpochRecord(epoch, lossSum / train.Count, (double)correct / train.Count));
        }
        return Task.FromResult(new FitReport(epochs));
    }

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

    // Weights and moments are dense, so their storage arrays are updated in place by the shared Adam step.
    private void AdamStep(Matrix<double> parameter, Matrix<double> gradient, Matrix<double> m, Matrix<double> v, int step) =>
        Adam.Update(Storage(parameter.AsColumnMajorArray()), gradient.ToColumnMajorArray(), Storage(m.AsColumnMajorArray()), Storage(v.AsColumnMajorArray()),
            step, Options.LearningRate, Beta1, Beta2, AdamEpsilon);

    private void AdamStep(Vector<double> parameter, Vector<double> gradient, Vector<double> m, Vector<double> v, int step) =>
        Adam.Update(Storage(parameter.AsArray()), gradient.ToArray(), Storage(m.AsArray()), Storage(v.AsArray()),
            step, Options.LearningRate, Beta1, Beta2, AdamEpsilon);

    private static double[] Storage(double[]? array) =>
        array ?? throw new InvalidOperationException("MLP parameters must use dense storage.");
}
