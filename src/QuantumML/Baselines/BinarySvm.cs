namespace QuantumML.Baselines;

/// <summary>One trained two-class machine: decision(x) = Σᵢ Coefficients[i]·k(xᵢ, x) + Bias, positive for the "+1" side.</summary>
/// <param name="Coefficients">αᵢ·yᵢ for each training sample (0 for samples that are not support vectors).</param>
/// <param name="Bias">The offset b (LIBSVM's −ρ).</param>
/// <param name="Iterations">SMO steps taken.</param>
/// <param name="Converged">Whether SMO met its tolerance before the step limit.</param>
public sealed record BinarySvm(IReadOnlyList<double> Coefficients, double Bias, long Iterations, bool Converged)
{
    /// <summary>Indices of the training samples with a non-zero coefficient.</summary>
    public IReadOnlyList<int> SupportVectors { get; } = Enumerable.Range(0, Coefficients.Count).Where(i => Coefficients[i] != 0).ToArray();

    /// <summary>The decision value from one row of kernel values against every training sample.</summary>
    public double Decision(IReadOnlyList<double> kernelRow)
    {
        ArgumentNullException.ThrowIfNull(kernelRow);
        var sum = Bias;
        foreach (var i in SupportVectors) sum += Coefficients[i] * kernelRow[i];
        return sum;
    }
}
