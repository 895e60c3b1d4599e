namespace QuantumML.Baselines;

/// <summary>
/// A kernel for <see cref="SupportVectorMachine"/>. Some kernels depend on the training data (gamma "scale"), so a
/// kernel is bound to the training rows before use; <see cref="Custom"/> lets a caller (e.g. a quantum kernel) supply any function.
/// </summary>
public abstract record SvmKernel
{
    /// <summary>A short name for reports, such as "rbf".</summary>
    public abstract string Name { get; }

    /// <summary>The kernel function to use for a model trained on <paramref name="training"/>.</summary>
    public abstract Func<double[], double[], double> Bind(double[][] training);

    /// <summary>k(x, y) = ⟨x, y⟩.</summary>
    public static SvmKernel Linear { get; } = new LinearKernel();

    /// <summary>k(x, y) = exp(−γ‖x − y‖²); <paramref name="gamma"/> null means scikit-learn's "scale", 1 / (features · variance of all training values).</summary>
    public static SvmKernel Rbf(double? gamma = null) => new RbfKernel(gamma);

    /// <summary>k(x, y) = (γ⟨x, y⟩ + coef0)^degree, with scikit-learn's defaults (γ "scale", coef0 = 0).</summary>
    public static SvmKernel Polynomial(int degree = 3, double? gamma = null, double coef0 = 0) => new PolynomialKernel(degree, gamma, coef0);

    /// <summary>A caller-supplied kernel function; it should be symmetric and positive semi-definite.</summary>
    public static SvmKernel Custom(Func<double[], double[], double> function, string name = "custom") => new CustomKernel(function, name);

    /// <summary>scikit-learn's gamma "scale": 1 / (features · variance over every training value), 1 when that variance is 0.</summary>
    public static double ScaleGamma(double[][] training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var values = training.SelectMany(r => r).ToArray();
        if (values.Length == 0) return 1;
        var mean = values.Average();
        var variance = values.Average(v => (v - mean) * (v - mean));
        return variance > 0 ? 1 / (training[0].Length * variance) : 1;
    }

    internal static double Dot(double[] x, double[] y)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++) sum += x[i] * y[i];
        return sum;
    }
}

/// <summary>The linear kernel ⟨x, y⟩.</summary>
public sealed record LinearKernel : SvmKernel
{
    /// <inheritdoc />
    public override string Name => "linear";

    /// <inheritdoc />
    public override Func<double[], double[], double> Bind(double[][] training) => Dot;
}

/// <summary>The Gaussian kernel exp(−γ‖x − y‖²); a null gamma means "scale".</summary>
/// <param name="Gamma">The width parameter, or null for "scale".</param>
public sealed record RbfKernel(double? Gamma) : SvmKernel
{
    /// <inheritdoc />
    public override string Name => "rbf";

    /// <inheritdoc />
    public override Func<double[], double[], double> Bind(double[][] training)
    {
        var gamma = Gamma ?? ScaleGamma(training);
        return (x, y) =>
        {
            var sum = 0.0;
            for (var i = 0; i < x.Length; i++) sum += (x[i] - y[i]) * (x[i] - y[i]);
            return Math.Exp(-gamma * sum);
        };
    }
}

/// <summary>The polynomial kernel (γ⟨x, y⟩ + coef0)^degree; a null gamma means "scale".</summary>
/// <param name="Degree">The power.</param>
/// <param name="Gamma">The scale of the inner product, or null for "scale".</param>
/// <param name="Coef0">The constant term.</param>
public sealed record PolynomialKernel(int Degree, double? Gamma, double Coef0) : SvmKernel
{
    /// <inheritdoc />
    public override string Name => "poly";

    /// <inheritdoc />
    public override Func<double[], double[], double> Bind(double[][] training)
    {
        var gamma = Gamma ?? ScaleGamma(training);
        return (x, y) => Math.Pow(gamma * Dot(x, y) + Coef0, Degree);
    }
}

/// <summary>A kernel given by a function, such as a quantum kernel (state fidelity).</summary>
/// <param name="Function">The kernel function.</param>
/// <param name="KernelName">The name used in reports.</param>
public sealed record CustomKernel(Func<double[], double[], double> Function, string KernelName) : SvmKernel
{
    /// <inheritdoc />
    public override string Name => KernelName;

    /// <inheritdoc />
    public override Func<double[], double[], double> Bind(double[][] training) => Function;
}
