namespace QuantumML.Privacy;

/// <summary>The inverse of the accountant: the smallest noise multiplier whose composition meets a target ε.</summary>
public static class NoiseCalibration
{
    /// <summary>The smallest z (to within <paramref name="relativeTolerance"/>, rounded up) such that <paramref name="steps"/>
    /// steps of the sampled Gaussian mechanism at rate <paramref name="samplingRate"/> are (<paramref name="targetEpsilon"/>,
    /// <paramref name="delta"/>)-DP; ε falls as z grows, so a bisection finds it.</summary>
    /// <param name="targetEpsilon">ε &gt; 0.</param>
    /// <param name="delta">δ in (0, 1).</param>
    /// <param name="samplingRate">q in (0, 1].</param>
    /// <param name="steps">Steps; range ≥ 1.</param>
    /// <param name="conversion">The RDP-to-(ε, δ) conversion.</param>
    /// <param name="orders">The orders to account with, or the accountant's defaults.</param>
    /// <param name="relativeTolerance">The bracket's relative width at which the bisection stops; range (0, 0.1].</param>
    /// <returns>A z whose ε is at most the target.</returns>
    /// <exception cref="ArgumentException">No z up to 10⁴ meets the target (δ too small for the orders tracked).</exception>
    public static double NoiseMultiplierFor(double targetEpsilon, double delta, double samplingRate, long steps,
        RdpConversion conversion = RdpConversion.Improved, IReadOnlyList<double>? orders = null, double relativeTolerance = 1e-4)
    {
        if (!(targetEpsilon > 0) || double.IsPositiveInfinity(targetEpsilon))
            throw new ArgumentOutOfRangeException(nameof(targetEpsilon), targetEpsilon, "The target ε must be positive and finite.");
        if (!(samplingRate > 0 && samplingRate <= 1)) throw new ArgumentOutOfRangeException(nameof(samplingRate), samplingRate, "The sampling rate must lie in (0, 1].");
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        if (!(relativeTolerance > 0 && relativeTolerance <= 0.1)) throw new ArgumentOutOfRangeException(nameof(relativeTolerance), relativeTolerance, "The tolerance must lie in (0, 0.1].");
        double Epsilon(double z) => RdpAccountant.EpsilonOf(samplingRate, z, steps, delta, conversion, orders).Epsilon;

        // Bracket: double z until the target is met, halve the lower end until it is not.
        var high = 1.0;
        while (Epsilon(high) > targetEpsilon)
        {
            high *= 2;
            if (high > 1e4) throw new ArgumentException($"No noise multiplier up to 10⁴ gives ε ≤ {targetEpsilon} at δ = {delta} over {steps} steps at q = {samplingRate}.", nameof(targetEpsilon));
        }
        var low = high / 2;
        while (low > 1e-3 && Epsilon(low) <= targetEpsilon) (high, low) = (low, low / 2);
        while (high - low > relativeTolerance * high)
        {
            var mid = (low + high) / 2;
            if (Epsilon(mid) <= targetEpsilon) high = mid;
            else low = mid;
        }
        return high;
    }
}
