namespace QuantumML.Optimization;

/// <summary>Adam: per-parameter steps from bias-corrected first and second moment estimates.</summary>
/// <remarks>D. P. Kingma, J. Ba, "Adam: A Method for Stochastic Optimization", arXiv:1412.6980.</remarks>
/// <param name="steps">Parameter updates.</param>
/// <param name="learningRate">Step size α; range α &gt; 0.</param>
/// <param name="beta1">First-moment decay; range [0, 1).</param>
/// <param name="beta2">Second-moment decay; range [0, 1).</param>
/// <param name="epsilon">Denominator guard.</param>
public sealed class Adam(int steps, double learningRate = 0.05, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8) : StepOptimizer(steps, learningRate)
{
    private double[] _m = [];
    private double[] _v = [];


    /// <inheritdoc/>
    protected override void Reset(int dimension)
    {
        _m = new double[dimension];
        _v = new double[dimension];
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<double[]> Moments => [_m, _v];

    /// <inheritdoc/>
    protected override void Apply(double[] x, double[] gradient, int t) =>
        Update(x, gradient, _m, _v, t, LearningRate, beta1, beta2, epsilon);

    /// <summary>One Adam update of <paramref name="x"/> in place, with its moment estimates <paramref name="m"/> and
    /// <paramref name="v"/>, at step <paramref name="t"/> (1-based); for models that keep their own training loop.</summary>
    public static void Update(Span<double> x, ReadOnlySpan<double> gradient, Span<double> m, Span<double> v, int t,
        double learningRate, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
    {
        var c1 = 1 - Math.Pow(beta1, t);
        var c2 = 1 - Math.Pow(beta2, t);
        for (var i = 0; i < x.Length; i++)
        {
            m[i] = beta1 * m[i] + (1 - beta1) * gradient[i];
            v[i] = beta2 * v[i] + (1 - beta2) * gradient[i] * gradient[i];
            x[i] -= learningRate * (m[i] / c1) / (Math.Sqrt(v[i] / c2) + epsilon);
        }
    }
}
