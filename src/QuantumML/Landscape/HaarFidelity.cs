namespace QuantumML.Landscape;

/// <summary>The distribution of the fidelity F = |⟨ψ|φ⟩|² of two independent Haar-random states of dimension N:
/// P(F) = (N − 1)(1 − F)^(N − 2) on [0, 1], with CDF 1 − (1 − F)^(N − 1).</summary>
/// <remarks>K. Życzkowski, H.-J. Sommers, "Truncations of random unitary matrices", J. Phys. A 33, 2045 (2000); as used by
/// S. Sim, P. D. Johnson, A. Aspuru-Guzik, "Expressibility and entangling capability of parameterized quantum circuits for
/// hybrid quantum-classical algorithms", Adv. Quantum Technol. 2, 1900070 (2019), arXiv:1905.10876.</remarks>
public static class HaarFidelity
{
    /// <summary>The density P(F) for dimension <paramref name="dimension"/> (≥ 2).</summary>
    public static double Density(double fidelity, double dimension)
    {
        CheckDimension(dimension);
        if (fidelity is < 0 or > 1) return 0;
        return dimension == 2 ? 1 : (dimension - 1) * Math.Exp((dimension - 2) * Math.Log(1 - fidelity));
    }

    /// <summary>ln of the probability that F falls in [<paramref name="low"/>, <paramref name="high"/>] (0 ≤ low &lt; high ≤ 1),
    /// integrated exactly: (1 − low)^(N − 1) − (1 − high)^(N − 1), in logs so that bins near F = 1 of a large register do not
    /// underflow to 0 (which would make a divergence infinite).</summary>
    public static double LogBinMass(double low, double high, double dimension)
    {
        CheckDimension(dimension);
        if (!(low >= 0 && low < high && high <= 1)) throw new ArgumentOutOfRangeException(nameof(low), $"A bin needs 0 ≤ low < high ≤ 1; got [{low}, {high}].");
        var exponent = dimension - 1;
        var logLow = exponent * Math.Log(1 - low);
        if (high == 1) return logLow;
        var ratio = Math.Exp(exponent * (Math.Log(1 - high) - Math.Log(1 - low)));
        return logLow + Math.Log(1 - ratio);
    }

    private static void CheckDimension(double dimension)
    {
        if (!(dimension >= 2)) throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "The state space needs dimension ≥ 2.");
    }
}
