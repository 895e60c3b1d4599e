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
}
