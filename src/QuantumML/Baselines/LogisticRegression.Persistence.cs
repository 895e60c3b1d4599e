using MathNet.Numerics.LinearAlgebra;
using QuantumML.Persistence;

namespace QuantumML.Baselines;

/// <summary>What a trained <see cref="LogisticRegression"/> learnt.</summary>
/// <param name="Weights">W, one row per class, one column per feature.</param>
/// <param name="Bias">b, one per class.</param>
public sealed record LogisticRegressionState(double[][] Weights, double[] Bias);

public sealed partial class LogisticRegression : IPersistentClassifier
{
    /// <summary>The kind in model files.</summary>
    internal const string Kind = "logistic-regression";

    /// <inheritdoc/>
    public ModelSnapshot Snapshot() => _weights is null || _bias is null
        ? throw BaselineChecks.NotFitted(Name)
        : new ModelSnapshot(Kind, Options, new LogisticRegressionState(_weights.ToRowArrays(), _bias.ToArray()), []);

    /// <summary>The model that learnt <paramref name="state"/>.</summary>
    internal static LogisticRegression Restore(LogisticRegressionOptions options, LogisticRegressionState state, RestoreContext context)
    {
        RestoreContext.CheckVector(state.Bias, context.ClassCount, "$.parameters.bias");
        if (state.Weights.Length != context.ClassCount)
            throw ModelFileException.At("$.parameters.weights", $"has {state.Weights.Length} rows, expected one per class ({context.ClassCount})");
        RestoreContext.CheckMatrix(state.Weights, context.FeatureCount, "$.parameters.weights");
        return new LogisticRegression(options)
        {
            _weights = Matrix<double>.Build.DenseOfRowArrays(state.Weights),
            _bias = Vector<double>.Build.DenseOfArray([.. state.Bias]),
        };
    }
}
