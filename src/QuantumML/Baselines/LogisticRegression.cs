using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using QuantumML.Data;
using QuantumML.Models;
using QuantumML.Optimization;
using QuantumML.Training;

namespace QuantumML.Baselines;

/// <summary>Multinomial (softmax) logistic regression with an L2 penalty, fitted by MathNet's L-BFGS; two classes are the binary case.</summary>
/// <param name="options">Settings; <c>new()</c> when omitted.</param>
public sealed partial class LogisticRegression(LogisticRegressionOptions? options = null) : IParametricClassifier
{
    private Matrix<double>? _weights;   // classes × features
    private Vector<double>? _bias;

    /// <summary>The settings.</summary>
    public LogisticRegressionOptions Options { get; } = options ?? new();

    /// <inheritdoc />
    public string Name => "logreg";

    /// <inheritdoc />
    public bool IsQuantum => false;

    /// <summary>L-BFGS iterations of the last fit.</summary>
    public int Iterations { get; private set; }

    /// <summary>The penalised training objective at the fitted parameters.</summary>
    public double TrainingLoss { get; private set; } = double.NaN;

    /// <inheritdoc />
    public TrainingOptions Training => Options.Training with { Optimizer = Options.Optimizer == OptimizerCatalogue.Lbfgs ? OptimizerCatalogue.Adam : Options.Optimizer };

    /// <inheritdoc />
    public ICheckpointStore? Checkpoints { get; set; }

    /// <inheritdoc/>
    public Func<CancellationToken, Task<double>>? TestAccuracyProbe { get; set; }

    /// <inheritdoc />
    public double[] Parameters
    {
        get => _weights is null || _bias is null ? [] : [.. _weights.ToColumnMajorArray(), .. _bias];
        set
        {
            if (_weights is null) throw BaselineChecks.NotFitted(Name);
            var (k, d) = (_weights.RowCount, _weights.ColumnCount);
            if (value.Length != k * (d + 1)) throw new ArgumentException($"{Name} takes {k * (d + 1)} parameters, not {value.Length}.", nameof(value));
            (_weights, _bias) = Unpack(Vector<double>.Build.Dense(value), k, d);
        }
    }

    /// <inheritdoc />
    public Task<double[]> InitializeAsync(Dataset train, CancellationToken cancellationToken = default)
    {
        BaselineChecks.CheckTrainingSet(train);
        (_weights, _bias) = (Matrix<double>.Build.Dense(train.ClassCount, train.FeatureCount), Vector<double>.Build.Dense(train.ClassCount));
        return Task.FromResult(Parameters);
    }

    /// <inheritdoc />
    public Task<BatchLoss> LossAsync(double[] parameters, Dataset data, IReadOnlyList<int> samples, bool withGradient, CancellationToken cancellationToken = default)
    {
        var (k, d) = (data.ClassCount, data.FeatureCount);
        var x = Matrix<double>.Build.DenseOfRowArrays(samples.Select(i => data.Features[i]));
        var labels = samples.Select(i => data.Labels[i]).ToArray();
        var (loss, gradient, probabilities) = Objective(Vector<double>.Build.Dense(parameters), x, labels, k, d, Options.L2);
        var correct = Enumerable.Range(0, labels.Length).Count(i => probabilities.Row(i).MaximumIndex() == labels[i]);
        return Task.FromResult(new BatchLoss(loss, withGradient ? gradient.ToArray() : null, correct));
    }

    /// <inheritdoc />
    public Task<FitReport> FitAsync(Dataset train, CancellationToken cancellationToken = default)
    {
        BaselineChecks.CheckTrainingSet(train);
        if (Options.Optimizer != OptimizerCatalogue.Lbfgs)
            return EpochTrainer.For(this).TrainAsync(this, train, cancellationToken: cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var x = Matrix<double>.Build.DenseOfRowArrays(train.Features);
        var (d, k) = (x.ColumnCount, train.ClassCount);
        var lambda = Options.L2;

        (double, Vector<double>) Objective(Vector<double> theta)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (loss, gradient, _) = LogisticRegression.Objective(theta, x, train.Labels, k, d, lambda);
            return (loss, gradient);
        }

        // L-BFGS can stop by exception (iteration limit, failed line search) without returning its point, so the
        // best point evaluated so far is kept; the objective is strictly convex, so that point is near the optimum.
        var best = (Loss: double.PositiveInfinity, Theta: Vector<double>.Build.Dense(k * (d + 1)));
        var evaluations = 0;
        var objective = ObjectiveFunction.Gradient(theta =>
        {
            var (loss, gradient) = Objective(theta);
            evaluations++;
            if (loss < best.Loss) best = (loss, theta.Clone());
            return (loss, gradient);
        });
        var minimizer = new LimitedMemoryBfgsMinimizer(Options.GradientTolerance, 1e-12, 1e-12, 10, Options.MaxIterations);
        try
        {
            var result = minimizer.FindMinimum(objective, Vector<double>.Build.Dense(k * (d + 1)));
            Iterations = result.Iterations;
            if (result.FunctionInfoAtMinimum.Value <= best.Loss) best = (result.FunctionInfoAtMinimum.Value, result.MinimizingPoint);
        }
        catch (OptimizationException)
        {
            Iterations = evaluations;
        }
        (_weights, _bias) = Unpack(best.Theta, k, d);
        TrainingLoss = best.Loss;
        return Task.FromResult(FitReport.Classical);
    }

    /// <inheritdoc />
    public Task<double[][]> PredictProbabilitiesAsync(double[][] features, CancellationToken cancellationToken = default)
    {
        if (_weights is null || _bias is null) throw BaselineChecks.NotFitted(Name);
        BaselineChecks.CheckRows(features, _weights.ColumnCount, nameof(features));
        if (features.Length == 0) return Task.FromResult(Array.Empty<double[]>());
        var x = Matrix<double>.Build.DenseOfRowArrays(features);
        return Task.FromResult(Probabilities(x, _weights, _bias).ToRowArrays());
    }

    /// <summary>The penalised mean cross-entropy at θ (W, k × d column-major, then b), its gradient, and the probabilities.</summary>
    private static (double Loss, Vector<double> Gradient, Matrix<double> Probabilities) Objective(
        Vector<double> theta, Matrix<double> x, int[] labels, int k, int d, double lambda)
    {
        var n = x.RowCount;
        var (w, b) = Unpack(theta, k, d);
        var probabilities = Probabilities(x, w, b);
        var targets = Matrix<double>.Build.Dense(n, k, (i, c) => labels[i] == c ? 1 : 0);
        var loss = 0.0;
        for (var i = 0; i < n; i++) loss -= Math.Log(Math.Max(probabilities[i, labels[i]], 1e-300));
        loss = loss / n + lambda / 2 * w.FrobeniusNorm() * w.FrobeniusNorm();
        var residual = (probabilities - targets) / n;               // ∂loss/∂logits
        var gradW = residual.TransposeThisAndMultiply(x) + lambda * w;
        var gradB = residual.ColumnSums();
        return (loss, Vector<double>.Build.DenseOfEnumerable(gradW.ToColumnMajorArray().Concat(gradB)), probabilities);
    }

    private static (Matrix<double> W, Vector<double> B) Unpack(Vector<double> theta, int k, int d) =>
        (Matrix<double>.Build.Dense(k, d, theta.SubVector(0, k * d).ToArray()), theta.SubVector(k * d, k));

    private static Matrix<double> Probabilities(Matrix<double> x, Matrix<double> w, Vector<double> b)
    {
        var logits = x.TransposeAndMultiply(w);
        var result = Matrix<double>.Build.Dense(logits.RowCount, logits.ColumnCount);
        for (var i = 0; i < logits.RowCount; i++)
            result.SetRow(i, BaselineChecks.Softmax((logits.Row(i) + b).ToArray()));
        return result;
    }
}
