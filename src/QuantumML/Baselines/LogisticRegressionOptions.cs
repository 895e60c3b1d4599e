using QuantumML.Optimization;
using QuantumML.Training;

namespace QuantumML.Baselines;

/// <summary>Settings of <see cref="LogisticRegression"/>.</summary>
public sealed record LogisticRegressionOptions
{
    /// <summary>The L2 penalty λ in mean cross-entropy + (λ/2)·‖W‖² (the bias is not penalised); λ ≈ 1/n matches scikit-learn's C = 1.</summary>
    public double L2 { get; init; } = 1e-2;

    /// <summary>The L-BFGS iteration limit.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>L-BFGS stops when the gradient's norm falls below this.</summary>
    public double GradientTolerance { get; init; } = 1e-8;

    /// <summary>lbfgs (full-batch, to convergence) or a first-order optimizer trained by epochs (adam, sgd, rmsprop),
    /// which federated training and early stopping need.</summary>
    public string Optimizer { get; init; } = OptimizerCatalogue.Lbfgs;

    /// <summary>Epochs settings of the first-order optimizers (ignored by lbfgs).</summary>
    public TrainingOptions Training { get; init; } = new() { Epochs = 100, BatchSize = 32, LearningRate = 0.05 };
}
