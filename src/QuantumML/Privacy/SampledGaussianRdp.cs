namespace QuantumML.Privacy;

/// <summary>The Rényi differential privacy of one step of the sampled Gaussian mechanism: each record joins the batch
/// independently with probability q (Poisson sampling), the batch's sum of contributions, each of L2 norm at most 1, gets
/// N(0, z²) noise per coordinate. The RDP at order α is ε(α) = ln A_α / (α − 1), A_α = E_{x∼μ₀}[(μ(x)/μ₀(x))^α], with
/// μ₀ = N(0, z²), μ₁ = N(1, z²) and μ = (1 − q)μ₀ + qμ₁, under add-or-remove-one adjacency.</summary>
/// <remarks>
/// I. Mironov, "Rényi Differential Privacy", CSF 2017 (RDP, its composition by addition and the conversion to (ε, δ));
/// I. Mironov, K. Talwar, L. Zhang, "Rényi Differential Privacy of the Sampled Gaussian Mechanism", arXiv:1908.10530 (2019),
/// §3.3: for integer α, A_α = Σ_{k=0}^{α} C(α, k) (1 − q)^{α−k} q^k e^{(k² − k)/(2z²)} (the binomial expansion of (μ/μ₀)^α, each
/// E[(μ₁/μ₀)^k] being e^{(k² − k)/(2z²)}); for fractional α, the integral is split at z₀ = z² ln(1/q − 1) + 1/2, where
/// (1 − q)μ₀ = qμ₁, and each half expanded in the ratio that is below one there, so that both generalized binomial series
/// converge; each term's Gaussian integral over a half line is an erfc. A_α ≥ 1, so terms below e^(−30) stop a series once
/// its index passes α (its terms then alternate in sign and shrink).
/// </remarks>
public static class SampledGaussianRdp
{
    /// <summary>Orders past this are treated as fractional only if they are not whole numbers; whole orders up to it use the
    /// finite sum.</summary>
    private const double LargestIntegerOrder = 100_000;

    /// <summary>Terms of a fractional order's series smaller than e^this (relative to A_α ≥ 1) end it.</summary>
    private const double NegligibleLog = -30;

    /// <summary>A fractional order's series stops after this many terms even if its tail is not yet negligible.</summary>
    private const int MaxTerms = 2_000_000;

    /// <summary>The RDP ε(α) of one step.</summary>
    /// <param name="samplingRate">q, each record's probability of taking part in the step; range [0, 1].</param>
    /// <param name="noiseMultiplier">z, the noise's standard deviation over the L2 sensitivity; range ≥ 0 (0: no privacy, +∞).</param>
    /// <param name="order">α; range &gt; 1 (+∞ gives +∞ unless q = 0).</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public static double Rdp(double samplingRate, double noiseMultiplier, double order)
    {
        Check(samplingRate, noiseMultiplier, order);
        if (samplingRate == 0) return 0;
        if (noiseMultiplier == 0 || double.IsPositiveInfinity(order)) return double.PositiveInfinity;
        var variance = noiseMultiplier * noiseMultiplier;
        // Without sampling this is the Gaussian mechanism's α/(2z²) (Mironov 2017, Proposition 7).
        if (samplingRate == 1) return order / (2 * variance);
        var logA = order == Math.Floor(order) && order <= LargestIntegerOrder
            ? LogAOfInteger(samplingRate, variance, (int)order)
            : LogAOfFraction(samplingRate, noiseMultiplier, order);
        return logA / (order - 1);
    }

    /// <summary>ln A_α for an integer α: the finite binomial sum, every term positive.</summary>
    internal static double LogAOfInteger(double q, double variance, int alpha)
    {
        var (logQ, log1mQ) = (Math.Log(q), LogSpace.Log1P(-q));
        var result = double.NegativeInfinity;
        var logBinomial = 0.0;   // ln C(α, k), updated term by term
        for (var k = 0; k <= alpha; k++)
        {
            if (k > 0) logBinomial += Math.Log(alpha - k + 1) - Math.Log(k);
            var term = logBinomial + k * logQ + (alpha - k) * log1mQ + ((double)k * k - k) / (2 * variance);
            result = LogSpace.Add(result, term);
        }
        return result;
    }

    /// <summary>ln A_α for a fractional α: the two generalized binomial series of Mironov, Talwar and Zhang §3.3.</summary>
    internal static double LogAOfFraction(double q, double sigma, double alpha)
    {
        var variance = sigma * sigma;
        var (logQ, log1mQ) = (Math.Log(q), LogSpace.Log1P(-q));
        var z0 = variance * Math.Log(1 / q - 1) + 0.5;
        var scale = Math.Sqrt(2) * sigma;
        var below = new SignedLogSum();   // ∫ over (−∞, z₀]: expanded in qμ₁ / ((1 − q)μ₀) ≤ 1
        var above = new SignedLogSum();   // ∫ over [z₀, ∞): expanded in (1 − q)μ₀ / (qμ₁) ≤ 1
        var logBinomial = 0.0;            // ln |C(α, i)|, the generalized binomial coefficient
        var sign = 1;
        for (var i = 0; i < MaxTerms; i++)
        {
            if (i > 0)
            {
                var factor = (alpha - i + 1) / i;
                logBinomial += Math.Log(Math.Abs(factor));
                if (factor < 0) sign = -sign;
            }
            var j = alpha - i;
            // ∫_{−∞}^{z₀} μ₀^{1−i} μ₁^i = e^{(i² − i)/(2σ²)} Φ((z₀ − i)/σ), and Φ(t) = erfc(−t/√2)/2.
            var t0 = logBinomial + i * logQ + j * log1mQ + (i * (double)i - i) / (2 * variance) + Math.Log(0.5) + LogSpace.LogErfc((i - z0) / scale);
            var t1 = logBinomial + j * logQ + i * log1mQ + (j * j - j) / (2 * variance) + Math.Log(0.5) + LogSpace.LogErfc((z0 - j) / scale);
            below.Add(sign, t0);
            above.Add(sign, t1);
            if (i > alpha && t0 < NegligibleLog && t1 < NegligibleLog) break;
        }
        var result = LogSpace.Add(below.Log, above.Log);
        return double.IsNaN(result)
            ? throw new ArithmeticException($"The sampled Gaussian's series at order {alpha} (q = {q}, z = {sigma}) lost its precision.")
            : result;
    }

    internal static void Check(double samplingRate, double noiseMultiplier, double order)
    {
        if (!(samplingRate >= 0 && samplingRate <= 1))
            throw new ArgumentOutOfRangeException(nameof(samplingRate), samplingRate, "The sampling rate must lie in [0, 1].");
        if (!(noiseMultiplier >= 0) || double.IsPositiveInfinity(noiseMultiplier))
            throw new ArgumentOutOfRangeException(nameof(noiseMultiplier), noiseMultiplier, "The noise multiplier must be finite and non-negative.");
        if (!(order > 1)) throw new ArgumentOutOfRangeException(nameof(order), order, "Rényi orders must be greater than 1.");
    }
}
