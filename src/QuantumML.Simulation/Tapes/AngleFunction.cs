namespace QuantumML.Simulation.Tapes;

/// <summary>How one gate angle depends on the circuit's inputs: φ(x, θ) = c + Σⱼ aⱼθⱼ + f(x), with f a polynomial of degree
/// at most 2 in x − x̄ (zero at the tape's centre x̄) or, for a tabulated tape, a value per feature vector.</summary>
/// <param name="Constant">c: the angle at x = x̄ with θ = 0.</param>
/// <param name="Parameters">The indices j of the parameters the angle depends on.</param>
/// <param name="Coefficients">aⱼ for each of <paramref name="Parameters"/>: one parameter may drive several gates, with any scale.</param>
/// <param name="Linear">∂f/∂xᵢ at x̄, one per feature (empty when the angle does not depend on the features).</param>
/// <param name="Quadratic">(i, k, bᵢₖ) with i ≤ k: the terms bᵢₖ(xᵢ − x̄ᵢ)(xₖ − x̄ₖ) of f.</param>
public sealed record AngleFunction(double Constant, int[] Parameters, double[] Coefficients, double[] Linear, (int I, int K, double B)[] Quadratic)
{
    /// <summary>Whether the angle moves with any parameter.</summary>
    public bool IsTrainable => Parameters.Length > 0;

    /// <summary>c + Σⱼ aⱼθⱼ: the part shared by every sample of a batch.</summary>
    public double ParameterPart(ReadOnlySpan<double> theta)
    {
        var sum = Constant;
        for (var k = 0; k < Parameters.Length; k++) sum += Coefficients[k] * theta[Parameters[k]];
        return sum;
    }

    /// <summary>f(x) of the polynomial model.</summary>
    public double FeaturePart(ReadOnlySpan<double> x, ReadOnlySpan<double> center)
    {
        var sum = 0.0;
        for (var i = 0; i < Linear.Length; i++) sum += Linear[i] * (x[i] - center[i]);
        foreach (var (i, k, b) in Quadratic) sum += b * (x[i] - center[i]) * (x[k] - center[k]);
        return sum;
    }
}
