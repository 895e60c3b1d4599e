using MathNet.Numerics.LinearAlgebra;
using QuantumML.Models;
using QuantumML.Optimization;

namespace QuantumML.Graphs;

/// <summary>A two-layer graph convolutional network Z = softmax(Â · ReLU(Â X W⁽⁰⁾) · W⁽¹⁾), trained full-batch with Adam on
/// the cross-entropy of a few labelled nodes (semi-supervised: every node's features and edges take part).</summary>
/// <remarks>T. N. Kipf, M. Welling, "Semi-Supervised Classification with Graph Convolutional Networks", ICLR 2017, eq. (9):
/// Â the renormalized adjacency with self-loops (sparse), no biases, dropout on the hidden layer during training, L2 on the
/// first layer. Without node features X is the identity, so each node learns its own first-layer embedding. The backward
/// pass is written out by hand (MathNet has no automatic differentiation); a test checks it against finite differences.</remarks>
public sealed class GraphConvolutionalNetwork
{
    private readonly Matrix<double> _adjacency;
    private readonly Matrix<double> _propagatedFeatures;
    private readonly int _features;
    private readonly int _hidden;
    private readonly int _classes;
    private double[] _parameters;

    /// <summary>A network for <paramref name="graph"/> with weights all zero (see <see cref="Initialize"/>).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="classCount">Output classes; range ≥ 2.</param>
    /// <param name="options">Sizes and training settings.</param>
    /// <param name="features">One row of features per node, or null for the identity.</param>
    public GraphConvolutionalNetwork(Graph graph, int classCount, GcnOptions options, Matrix<double>? features = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Hidden, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        if (!(options.Dropout is >= 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(options), options.Dropout, "dropout must be in [0, 1)");
        if (features is not null && features.RowCount != graph.NodeCount)
            throw new ArgumentException($"expected {graph.NodeCount} feature rows, got {features.RowCount}", nameof(features));
        Options = options;
        _adjacency = GraphMatrices.RenormalizedAdjacency(graph);
        // Â X is fixed, so it is formed once; with identity features it is Â itself.
        _propagatedFeatures = features is null ? _adjacency : _adjacency * features;
        _features = features?.ColumnCount ?? graph.NodeCount;
        _hidden = options.Hidden;
        _classes = classCount;
        _parameters = new double[ParameterCount];
    }

    /// <summary>The settings.</summary>
    public GcnOptions Options { get; }

    /// <summary>Weights of both layers: features × hidden, then hidden × classes.</summary>
    public int ParameterCount => _features * _hidden + _hidden * _classes;

    /// <summary>The weights, W⁽⁰⁾ row-major then W⁽¹⁾ row-major (a copy).</summary>
    public double[] Parameters
    {
        get => (double[])_parameters.Clone();
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Length != ParameterCount) throw new ArgumentException($"expected {ParameterCount} parameters, got {value.Length}", nameof(value));
            _parameters = (double[])value.Clone();
        }
    }

    /// <summary>Glorot-uniform weights (X. Glorot, Y. Bengio, AISTATS 2010), as Kipf and Welling initialize.</summary>
    public void Initialize(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var first = Math.Sqrt(6.0 / (_features + _hidden));
        var second = Math.Sqrt(6.0 / (_hidden + _classes));
        for (var i = 0; i < ParameterCount; i++)
            _parameters[i] = (2 * random.NextDouble() - 1) * (i < _features * _hidden ? first : second);
    }

    /// <summary>The class probabilities of every node (n × classes) for <paramref name="parameters"/>, with the hidden
    /// layer multiplied elementwise by <paramref name="dropoutMask"/> (n × hidden) when one is given.</summary>
    public Matrix<double> Forward(double[] parameters, Matrix<double>? dropoutMask = null) => Pass(parameters, dropoutMask).Probabilities;

    /// <summary>The mean cross-entropy of <paramref name="nodes"/> against <paramref name="labels"/> plus the L2 term,
    /// and its gradient with respect to <paramref name="parameters"/>.</summary>
    public (double Loss, double[] Gradient) LossAndGradient(double[] parameters, int[] nodes, int[] labels, Matrix<double>? dropoutMask = null)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(labels);
        if (nodes.Length == 0 || nodes.Length != labels.Length) throw new ArgumentException("need one label per training node, and at least one node");
        var (w1, w2) = Unpack(parameters);
        var pass = Pass(parameters, dropoutMask);
        var loss = Options.WeightDecay / 2 * w1.PointwiseMultiply(w1).Enumerate().Sum();
        // dL/d(logits) = (Z − Y)/|L| on the labelled rows, 0 elsewhere.
        var g2 = Matrix<double>.Build.Dense(pass.Probabilities.RowCount, _classes);
        for (var k = 0; k < nodes.Length; k++)
        {
            var i = nodes[k];
            loss -= Math.Log(Math.Max(pass.Probabilities[i, labels[k]], 1e-300)) / nodes.Length;
            for (var c = 0; c < _classes; c++) g2[i, c] = (pass.Probabilities[i, c] - (c == labels[k] ? 1 : 0)) / nodes.Length;
        }
        var dW2 = pass.PropagatedHidden.TransposeThisAndMultiply(g2);
        // Â is symmetric, so Âᵀ(G W⁽¹⁾ᵀ) = Â(G W⁽¹⁾ᵀ).
        var dHidden = _adjacency * g2.TransposeAndMultiply(w2);
        if (dropoutMask is not null) dHidden = dHidden.PointwiseMultiply(dropoutMask);
        var dPre = dHidden.PointwiseMultiply(pass.PreActivation.Map(x => x > 0 ? 1.0 : 0.0));
        var dW1 = _propagatedFeatures.TransposeThisAndMultiply(dPre) + Options.WeightDecay * w1;
        return (loss, [.. dW1.ToRowMajorArray(), .. dW2.ToRowMajorArray()]);
    }

    /// <summary>Trains from <paramref name="nodes"/> and their <paramref name="labels"/>, one epoch per Adam step, a fresh
    /// dropout mask each. Each epoch records the training loss (under that mask), the accuracy on the labelled nodes and,
    /// when <paramref name="heldOutNodes"/> are given, on them, both without dropout after the step.</summary>
    public IReadOnlyList<EpochRecord> Fit(int[] nodes, int[] labels, Random random, int[]? heldOutNodes = null, int[]? heldOutLabels = null)
    {
        ArgumentNullException.ThrowIfNull(random);
        var m = new double[ParameterCount];
        var v = new double[ParameterCount];
        var history = new List<EpochRecord>(Options.Epochs);
        for (var epoch = 1; epoch <= Options.Epochs; epoch++)
        {
            var mask = Options.Dropout > 0 ? DropoutMask(random) : null;
            var (loss, gradient) = LossAndGradient(_parameters, nodes, labels, mask);
            Adam.Update(_parameters, gradient, m, v, epoch, Options.LearningRate);
            var predicted = Predict();
            history.Add(new EpochRecord(epoch, loss, Accuracy(predicted, nodes, labels))
            {
                TestAccuracy = heldOutNodes is { Length: > 0 } && heldOutLabels is not null ? Accuracy(predicted, heldOutNodes, heldOutLabels) : double.NaN,
            });
        }
        return history;
    }

    /// <summary>Every node's most probable class under the current weights (no dropout).</summary>
    public int[] Predict()
    {
        var z = Forward(_parameters);
        return [.. Enumerable.Range(0, z.RowCount).Select(i => z.Row(i).MaximumIndex())];
    }

    private static double Accuracy(int[] predicted, int[] nodes, int[] labels) =>
        (double)nodes.Select((node, k) => predicted[node] == labels[k]).Count(x => x) / nodes.Length;

    // Inverted dropout: keep each hidden unit with probability 1 − p and scale it by 1/(1 − p), so no rescaling at test time.
    private Matrix<double> DropoutMask(Random random)
    {
        var keep = 1 - Options.Dropout;
        return Matrix<double>.Build.Dense(_propagatedFeatures.RowCount, _hidden, (_, _) => random.NextDouble() < keep ? 1 / keep : 0);
    }

    private (Matrix<double> PreActivation, Matrix<double> PropagatedHidden, Matrix<double> Probabilities) Pass(double[] parameters, Matrix<double>? dropoutMask)
    {
        var (w1, w2) = Unpack(parameters);
        var pre = _propagatedFeatures * w1;
        var hidden = pre.Map(x => Math.Max(0, x));
        if (dropoutMask is not null) hidden = hidden.PointwiseMultiply(dropoutMask);
        var propagated = _adjacency * hidden;
        var logits = propagated * w2;
        var probabilities = logits.Clone();
        for (var i = 0; i < logits.RowCount; i++)
        {
            var row = logits.Row(i);
            var exp = row.Subtract(row.Maximum()).PointwiseExp();
            probabilities.SetRow(i, exp / exp.Sum());
        }
        return (pre, propagated, probabilities);
    }

    private (Matrix<double> W1, Matrix<double> W2) Unpack(double[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Length != ParameterCount) throw new ArgumentException($"expected {ParameterCount} parameters, got {parameters.Length}", nameof(parameters));
        var split = _features * _hidden;
        var w1 = Matrix<double>.Build.Dense(_features, _hidden, (i, j) => parameters[i * _hidden + j]);
        var w2 = Matrix<double>.Build.Dense(_hidden, _classes, (i, j) => parameters[split + i * _classes + j]);
        return (w1, w2);
    }
}
