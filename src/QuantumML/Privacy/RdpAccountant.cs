namespace QuantumML.Privacy;

/// <summary>A Rényi-DP accountant for compositions of sampled Gaussian mechanisms: the RDP of every order adds up over
/// steps (Mironov 2017, Proposition 1), and the (ε, δ) guarantee is the best over the orders tracked.</summary>
/// <remarks>The accountant's assumption is the sampled Gaussian mechanism's: Poisson sampling at rate q, add-or-remove-one
/// adjacency, and contributions clipped to the sensitivity the noise multiplier is relative to. Shuffled fixed-size
/// batches are not covered by this analysis. The orders cover small ε (large α) to large ε (α near 1); a bound attained at
/// the first or last order could improve with more orders (<see cref="PrivacySpent.Order"/> says which one was used).</remarks>
public sealed class RdpAccountant
{
    private readonly double[] _orders;
    private readonly double[] _rdp;

    /// <summary>An accountant tracking <paramref name="orders"/> (each &gt; 1), or <see cref="DefaultOrders"/>.</summary>
    public RdpAccountant(IReadOnlyList<double>? orders = null)
    {
        _orders = [.. orders ?? DefaultOrders];
        if (_orders.Length == 0) throw new ArgumentException("An RDP accountant needs at least one order.", nameof(orders));
        foreach (var a in _orders)
            if (!(a > 1)) throw new ArgumentOutOfRangeException(nameof(orders), a, "Rényi orders must be greater than 1.");
        _rdp = new double[_orders.Length];
    }

    /// <summary>1.1 to 10.9 in steps of 0.1, every integer from 11 to 64, then 128, 256 and 512.</summary>
    public static IReadOnlyList<double> DefaultOrders { get; } =
        [.. Enumerable.Range(1, 99).Select(x => 1 + x / 10.0), .. Enumerable.Range(11, 54).Select(x => (double)x), 128, 256, 512];

    /// <summary>The orders tracked.</summary>
    public IReadOnlyList<double> Orders => _orders;

    /// <summary>The RDP spent so far at each order.</summary>
    public IReadOnlyList<double> Rdp => _rdp;

    /// <summary>Adds <paramref name="steps"/> steps of the sampled Gaussian mechanism with sampling rate
    /// <paramref name="samplingRate"/> and noise multiplier <paramref name="noiseMultiplier"/>.</summary>
    /// <param name="samplingRate">q in [0, 1].</param>
    /// <param name="noiseMultiplier">z ≥ 0.</param>
    /// <param name="steps">Steps; range ≥ 0.</param>
    public void Compose(double samplingRate, double noiseMultiplier, long steps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        for (var i = 0; i < _orders.Length; i++)
            _rdp[i] += steps == 0 ? 0 : steps * SampledGaussianRdp.Rdp(samplingRate, noiseMultiplier, _orders[i]);
    }

    /// <summary>The smallest ε over the orders for which the composition so far is (ε, <paramref name="delta"/>)-DP.</summary>
    /// <param name="delta">δ in (0, 1).</param>
    /// <param name="conversion">The RDP-to-(ε, δ) conversion.</param>
    public PrivacySpent Epsilon(double delta, RdpConversion conversion = RdpConversion.Improved)
    {
        if (!(delta > 0 && delta < 1)) throw new ArgumentOutOfRangeException(nameof(delta), delta, "δ must lie in (0, 1).");
        var (best, order) = (double.PositiveInfinity, double.NaN);
        var logDelta = Math.Log(delta);
        for (var i = 0; i < _orders.Length; i++)
        {
            var (a, r) = (_orders[i], _rdp[i]);
            var eps = conversion == RdpConversion.Standard
                ? r - logDelta / (a - 1)
                : r + LogSpace.Log1P(-1 / a) - (logDelta + Math.Log(a)) / (a - 1);
            if (eps < best) (best, order) = (eps, a);
        }
        // A negative bound means δ alone covers the mechanism: it is (0, δ)-DP.
        return new PrivacySpent(Math.Max(0, best), delta, order, conversion);
    }

    /// <summary>The smallest δ over the orders for which the composition so far is (<paramref name="epsilon"/>, δ)-DP.</summary>
    /// <param name="epsilon">ε ≥ 0.</param>
    /// <param name="conversion">The RDP-to-(ε, δ) conversion.</param>
    public PrivacySpent Delta(double epsilon, RdpConversion conversion = RdpConversion.Improved)
    {
        if (!(epsilon >= 0) || double.IsPositiveInfinity(epsilon)) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "ε must be finite and non-negative.");
        var (best, order) = (double.PositiveInfinity, double.NaN);
        for (var i = 0; i < _orders.Length; i++)
        {
            var (a, r) = (_orders[i], _rdp[i]);
            // The conversions above solved for ln δ.
            var logDelta = conversion == RdpConversion.Standard
                ? (a - 1) * (r - epsilon)
                : (a - 1) * (r - epsilon + LogSpace.Log1P(-1 / a)) - Math.Log(a);
            if (logDelta < best) (best, order) = (logDelta, a);
        }
        return new PrivacySpent(epsilon, Math.Min(1, Math.Exp(best)), order, conversion);
    }

    /// <summary>The ε after each of 1, 2, …, <paramref name="steps"/> steps of one sampled Gaussian mechanism (a privacy
    /// curve for a learning curve), from one evaluation of the per-step RDP.</summary>
    public static double[] EpsilonCurve(double samplingRate, double noiseMultiplier, int steps, double delta,
        RdpConversion conversion = RdpConversion.Improved, IReadOnlyList<double>? orders = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        var step = new RdpAccountant(orders);
        step.Compose(samplingRate, noiseMultiplier, 1);
        var composed = new RdpAccountant(step._orders);
        var curve = new double[steps];
        for (var t = 0; t < steps; t++)
        {
            for (var i = 0; i < step._rdp.Length; i++) composed._rdp[i] = (t + 1) * step._rdp[i];
            curve[t] = composed.Epsilon(delta, conversion).Epsilon;
        }
        return curve;
    }

    /// <summary>The ε after <paramref name="steps"/> steps of one sampled Gaussian mechanism, in one call.</summary>
    public static PrivacySpent EpsilonOf(double samplingRate, double noiseMultiplier, long steps, double delta,
        RdpConversion conversion = RdpConversion.Improved, IReadOnlyList<double>? orders = null)
    {
        var accountant = new RdpAccountant(orders);
        accountant.Compose(samplingRate, noiseMultiplier, steps);
        return accountant.Epsilon(delta, conversion);
    }
}
