using MathNet.Numerics.LinearAlgebra;
using QuantumML.Graphs;

namespace QuantumML.Tests.Graphs;

/// <summary>The GCN's forward pass against a dense MathNet computation written from the paper's formula, its gradient
/// against central finite differences, and its semi-supervised training on the karate club.</summary>
public sealed class GraphConvolutionalNetworkTests
{
    private static (GraphConvolutionalNetwork Gcn, double[] Parameters) Network(Graph graph, GcnOptions options, int classes, Matrix<double>? features = null)
    {
        var gcn = new GraphConvolutionalNetwork(graph, classes, options, features);
        gcn.Initialize(new Random(5));
        return (gcn, gcn.Parameters);
    }

    /// <summary>softmax(Â ReLU(Â X W0) W1) with Â = D̃^{-1/2}(A + I)D̃^{-1/2} built densely from the edge list.</summary>
    private static Matrix<double> DenseReference(Graph graph, Matrix<double> x, double[] p, int hidden, int classes)
    {
        var n = graph.NodeCount;
        var a = Matrix<double>.Build.DenseIdentity(n);
        foreach (var e in graph.Edges)
        {
            a[e.U, e.V] += e.Weight;
            a[e.V, e.U] += e.Weight;
        }
        var d = Matrix<double>.Build.DenseOfDiagonalArray(a.RowSums().Select(s => 1 / Math.Sqrt(s)).ToArray());
        var hat = d * a * d;
        var f = x.ColumnCount;
        var w0 = Matrix<double>.Build.Dense(f, hidden, (i, j) => p[i * hidden + j]);
        var w1 = Matrix<double>.Build.Dense(hidden, classes, (i, j) => p[f * hidden + i * classes + j]);
        var logits = hat * (hat * x * w0).PointwiseMaximum(0) * w1;
        var exp = logits.PointwiseExp();
        return Matrix<double>.Build.Dense(n, classes, (i, j) => exp[i, j] / exp.Row(i).Sum());
    }

    [Fact]
    public void TheForwardPassEqualsADenseMathNetComputation()
    {
        var graph = KarateClub.Graph;
        var (gcn, p) = Network(graph, new GcnOptions(Hidden: 5), 2);
        var expected = DenseReference(graph, Matrix<double>.Build.DenseIdentity(34), p, 5, 2);
        var actual = gcn.Forward(p);
        Assert.True((expected - actual).Enumerate().All(v => Math.Abs(v) < 1e-12), "identity features");

        // With given (weighted graph, dense) features too.
        var weighted = Graph.Create(5, [new(0, 1, 2), new(1, 2, 0.5), new(2, 3, 1), new(3, 4, 3), new(0, 4, 1)]);
        var features = Matrix<double>.Build.Dense(5, 3, (i, j) => Math.Sin(i + 2.0 * j));
        var (withFeatures, q) = Network(weighted, new GcnOptions(Hidden: 4), 3, features);
        var expected2 = DenseReference(weighted, features, q, 4, 3);
        Assert.True((expected2 - withFeatures.Forward(q)).Enumerate().All(v => Math.Abs(v) < 1e-12), "given features");
    }

    [Fact]
    public void TheGradientMatchesCentralFiniteDifferences()
    {
        var graph = KarateClub.Graph;
        var (gcn, p) = Network(graph, new GcnOptions(Hidden: 4, WeightDecay: 0.01), 2);
        int[] nodes = [0, 33, 5, 20];
        int[] labels = [0, 1, 0, 1];
        // A fixed dropout mask, so that the loss is a deterministic function of the weights.
        var random = new Random(2);
        var mask = Matrix<double>.Build.Dense(34, 4, (_, _) => random.NextDouble() < 0.5 ? 2.0 : 0.0);
        var (_, gradient) = gcn.LossAndGradient(p, nodes, labels, mask);
        const double h = 1e-6;
        var worst = 0.0;
        for (var i = 0; i < p.Length; i += 7)
        {
            var plus = (double[])p.Clone();
            var minus = (double[])p.Clone();
            plus[i] += h;
            minus[i] -= h;
            var numeric = (gcn.LossAndGradient(plus, nodes, labels, mask).Loss - gcn.LossAndGradient(minus, nodes, labels, mask).Loss) / (2 * h);
            worst = Math.Max(worst, Math.Abs(numeric - gradient[i]));
        }
        Assert.True(worst < 1e-7, $"largest difference {worst}");
        Assert.Contains(gradient, g => Math.Abs(g) > 1e-4); // not trivially zero
    }

    [Fact]
    public void OneLabelledMemberPerFactionTeachesTheOthersOnTheKarateClub()
    {
        var graph = KarateClub.Graph;
        var accuracies = new List<double>();
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var gcn = new GraphConvolutionalNetwork(graph, 2, new GcnOptions());
            gcn.Initialize(new Random(seed));
            var others = Enumerable.Range(0, 34).Where(i => i is not 0 and not 33).ToArray();
            var history = gcn.Fit([0, 33], [0, 1], new Random(seed), others, [.. others.Select(i => graph.Labels![i])]);
            Assert.Equal(200, history.Count);
            Assert.True(history[^1].Loss < history[0].Loss / 2, $"loss {history[0].Loss} -> {history[^1].Loss}");
            Assert.Equal(1.0, history[^1].TrainAccuracy);
            accuracies.Add(history[^1].TestAccuracy);
        }
        Assert.True(accuracies.Average() >= 0.8, $"test accuracies {string.Join(", ", accuracies)}");
    }
}
