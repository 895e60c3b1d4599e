namespace QuantumML.Baselines;

/// <summary>Settings of <see cref="SupportVectorMachine"/>.</summary>
public sealed record SupportVectorMachineOptions
{
    /// <summary>The kernel; RBF with gamma "scale" by default, as scikit-learn.</summary>
    public SvmKernel Kernel { get; init; } = SvmKernel.Rbf();

    /// <summary>The box constraint C: larger values penalise margin violations more.</summary>
    public double C { get; init; } = 1.0;

    /// <summary>SMO stops when the largest KKT violation (LIBSVM's m(α) − M(α)) is below this.</summary>
    public double Tolerance { get; init; } = 1e-3;

    /// <summary>The SMO step limit per binary machine; 0 means max(10⁷, 100·n), as LIBSVM.</summary>
    public long MaxIterations { get; init; }
}
