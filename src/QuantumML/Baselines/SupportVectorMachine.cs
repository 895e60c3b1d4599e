using QuantumML.Data;
using QuantumML.Models;

namespace QuantumML.Baselines;

/// <summary>
/// A C-support vector classifier trained by SMO (<see cref="SmoSolver"/>), with linear, RBF, polynomial or
/// caller-supplied kernels, or a precomputed Gram matrix (<see cref="FitPrecomputed"/>), so a quantum kernel can
/// reuse it. Two classes use one machine (positive decision = class 1); more classes use one-vs-rest.
/// </summary>
/// <remarks>
/// Probabilities are a squashing of the decision values, not calibrated estimates: σ(f) for class 1 with two
/// classes, softmax(f₁ … f_k) of the one-vs-rest values otherwise. Both keep the SVM's own prediction as the most
/// probable class and sum to 1. Platt scaling was not used because fitting it honestly needs an inner
/// cross-validation, which would multiply the (possibly quantum) kernel cost.
/// </remarks>
/// <param name="options">Settings; <c>new()</c> when omitted.</param>
public sealed partial class SupportVectorMachine(SupportVectorMachineOptions? options = null) : IClassifier
{
    private double[][]? _training;
    private Func<double[], double[], double>? _kernel;
    private BinarySvm[] _machines = [];
    private int _classCount;

    /// <summary>The settings.</summary>
    public SupportVectorMachineOptions Options { get; } = options ?? new();

    /// <inheritdoc />
    public string Name => "svm-" + Options.Kernel.Name;

    /// <inheritdoc />
    public bool IsQuantum => false;

    /// <summary>The trained machines: one for two classes, one per class (that class against the rest) otherwise.</summary>
    public IReadOnlyList<BinarySvm> Machines => _machines;

    /// <summary>Indices of training samples that are a support vector of any machine.</summary>
    public IReadOnlyList<int> SupportVectors => _machines.SelectMany(m => m.SupportVectors).Distinct().Order().ToArray();

    /// <inheritdoc />
    public Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default)
    {
        BaselineChecks.CheckTrainingSet(train);
        var kernel = Options.Kernel.Bind(train.Features);
        var x = train.Features;
        var n = x.Length;
        var gram = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var j = 0; j <= i; j++) gram[i, j] = gram[j, i] = kernel(x[i], x[j]);
        }
        var report = Train(gram, train.Labels, train.ClassCount, cancellationToken);
        (_training, _kernel) = (x, kernel);
        return Task.FromResult(report);
    }

    /// <summary>
    /// Trains on a precomputed Gram matrix <paramref name="gram"/>[i, j] = k(xᵢ, xⱼ) over the training samples
    /// (symmetric, positive semi-definite). Predict afterwards with <see cref="DecisionFromKernelRows"/> or
    /// <see cref="ProbabilitiesFromKernelRows"/>; <see cref="PredictProbabilitiesAsync"/> needs a kernel function.
    /// </summary>
    public FitReport FitPrecomputed(double[,] gram, int[] labels, int classCount, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gram);
        ArgumentNullException.ThrowIfNull(labels);
        if (gram.GetLength(0) != labels.Length || gram.GetLength(1) != labels.Length)
            throw new ArgumentException($"The Gram matrix must be {labels.Length} × {labels.Length}, one row and column per label.", nameof(gram));
        if (labels.Length == 0) throw new ArgumentException("No training samples.", nameof(labels));
        if (labels.Any(l => l < 0 || l >= classCount)) throw new ArgumentException($"Labels must lie in 0..{classCount - 1}.", nameof(labels));
        var report = Train((double[,])gram.Clone(), labels, classCount, cancellationToken);
        (_training, _kernel) = (null, null);
        return report;
    }

    /// <summary>
    /// Decision values from kernel rows (rows[s][i] = k(xᵢ, sample s) for every training sample i): one column for
    /// two classes (positive = class 1), else one column per class.
    /// </summary>
    public double[][] DecisionFromKernelRows(double[][] rows)
    {
        if (_machines.Length == 0) throw BaselineChecks.NotFitted(Name);
        BaselineChecks.CheckRows(rows, _machines[0].Coefficients.Count, nameof(rows));
        var machines = _machines;
        return rows.Select(row => machines.Select(m => m.Decision(row)).ToArray()).ToArray();
    }

    /// <summary>Class probabilities (see the class remarks) from kernel rows as in <see cref="DecisionFromKernelRows"/>.</summary>
    public double[][] ProbabilitiesFromKernelRows(double[][] rows) => DecisionFromKernelRows(rows).Select(ToProbabilities).ToArray();

    /// <summary>Decision values of feature rows, computed with the kernel function (only against support vectors).</summary>
    public double[][] Decision(double[][] features) => DecisionFromKernelRows(KernelRows(features));

    /// <inheritdoc />
    public Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default) =>
        Task.FromResult(ProbabilitiesFromKernelRows(KernelRows(features, cancellationToken)));

    private double[][] KernelRows(double[][] features, CancellationToken cancellationToken = default)
    {
        if (_machines.Length == 0) throw BaselineChecks.NotFitted(Name);
        if (_training is null || _kernel is null)
            throw new InvalidOperationException("This model was trained on a precomputed Gram matrix; predict with DecisionFromKernelRows or ProbabilitiesFromKernelRows.");
        BaselineChecks.CheckRows(features, _training[0].Length, nameof(features));
        var (training, kernel) = (_training, _kernel);
        var supportVectors = SupportVectors;
        // Columns of non-support vectors are multiplied by 0, so they are left at 0 rather than evaluated (kernels may be expensive).
        return features.Select(f =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var row = new double[training.Length];
            foreach (var i in supportVectors) row[i] = kernel(training[i], f);
            return row;
        }).ToArray();
    }

    private FitReport Train(double[,] gram, int[] labels, int classCount, CancellationToken cancellationToken)
    {
        if (classCount < 2) throw new ArgumentException("A classifier needs at least two classes.", nameof(classCount));
        if (!(Options.C > 0)) throw new InvalidOperationException($"C must be positive, not {Options.C}.");
        var positives = classCount == 2 ? [1] : Enumerable.Range(0, classCount).ToArray();
        _machines = positives.Select(c => TrainOne(gram, labels.Select(l => l == c ? 1 : -1).ToArray(), cancellationToken)).ToArray();
        _classCount = classCount;
        return FitReport.Classical;
    }

    private BinarySvm TrainOne(double[,] gram, int[] y, CancellationToken cancellationToken)
    {
        // A side with no samples has no margin to find: the machine always answers the side that exists.
        if (y.All(v => v > 0) || y.All(v => v < 0)) return new BinarySvm(new double[y.Length], y[0], 0, true);
        return SmoSolver.Solve(gram, y, Options.C, Options.Tolerance, Options.MaxIterations, cancellationToken);
    }

    private double[] ToProbabilities(double[] decision)
    {
        if (_classCount != 2) return BaselineChecks.Softmax(decision);
        var p1 = 1 / (1 + Math.Exp(-decision[0]));
        return [1 - p1, p1];
    }
}
