using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace QuantumML.Landscape;

/// <summary>A least-squares line ln Var = a + b·n through gradient variances against qubit count n, with a Student-t interval on
/// the slope: Var ∝ e^(−rate·n), so a rate whose interval excludes 0 is an exponentially vanishing gradient, a barren plateau.</summary>
/// <param name="Points">How many (n, Var) points were fitted.</param>
/// <param name="Intercept">a, the fitted ln Var at n = 0.</param>
/// <param name="Slope">b, d ln Var / dn.</param>
/// <param name="SlopeStandardError">The slope's standard error, √(SSE/(m − 2) / Σ(n − n̄)²).</param>
/// <param name="Rate">The decay rate per qubit, −b (natural log). For a unitary 2-design the global cost's rate is ln 4 ≈ 1.39
/// (its gradients fluctuate like |⟨0…0|ψ⟩|², of order 2⁻ⁿ) and the local cost's ln 2 ≈ 0.69.</param>
/// <param name="RateLower">Lower end of the rate's interval.</param>
/// <param name="RateUpper">Upper end of the rate's interval.</param>
/// <param name="Level">The interval's confidence level.</param>
/// <param name="RSquared">The fit's coefficient of determination.</param>
public sealed record DecayFit(int Points, double Intercept, double Slope, double SlopeStandardError, double Rate, double RateLower, double RateUpper, double Level, double RSquared)
{
    /// <summary>The factor by which the variance shrinks per added qubit, e^(−rate).</summary>
    public double FactorPerQubit => Math.Exp(-Rate);

    /// <summary>Fits ln <paramref name="variances"/> against <paramref name="qubits"/>.</summary>
    /// <param name="qubits">Qubit counts; at least three, not all equal.</param>
    /// <param name="variances">The variance at each qubit count; finite and at least <see cref="GradientVariance.RoundoffFloor"/>.</param>
    /// <param name="level">Confidence level of the rate's interval, in (0, 1).</param>
    /// <exception cref="ArgumentException">Too few points, unequal lengths, a constant n, or a variance that is not positive or
    /// is round-off (the message names the qubit count).</exception>
    public static DecayFit Of(IReadOnlyList<int> qubits, IReadOnlyList<double> variances, double level = 0.95)
    {
        if (qubits.Count != variances.Count) throw new ArgumentException($"{qubits.Count} qubit counts but {variances.Count} variances.", nameof(variances));
        var m = qubits.Count;
        if (m < 3) throw new ArgumentException($"A decay rate with an interval needs at least three qubit counts; got {m}.", nameof(qubits));
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "The level must be in (0, 1).");
        for (var i = 0; i < m; i++)
        {
            if (!(variances[i] > 0 && double.IsFinite(variances[i])))
                throw new ArgumentException($"The gradient variance at {qubits[i]} qubits is {variances[i]}; a log-linear fit needs positive, finite variances.", nameof(variances));
            if (variances[i] < GradientVariance.RoundoffFloor)
                throw new ArgumentException($"The gradient variance at {qubits[i]} qubits is {variances[i]:0.0e0}, round-off: the gradient vanishes identically there (a symmetry, or a parameter that only sets a phase), which is no decay to fit.", nameof(variances));
        }
        var x = qubits.Select(q => (double)q).ToArray();
        var y = variances.Select(v => Math.Log(v)).ToArray();
        var mean = x.Average();
        var sxx = x.Sum(v => (v - mean) * (v - mean));
        if (sxx == 0) throw new ArgumentException("Every point has the same qubit count; no slope can be fitted.", nameof(qubits));
        var (intercept, slope) = Fit.Line(x, y);
        var sse = x.Select((v, i) => Math.Pow(y[i] - (intercept + slope * v), 2)).Sum();
        var yMean = y.Average();
        var sst = y.Sum(v => (v - yMean) * (v - yMean));
        var se = Math.Sqrt(sse / (m - 2) / sxx);
        var half = StudentT.InvCDF(0, 1, m - 2, 0.5 + level / 2) * se;
        return new DecayFit(m, intercept, slope, se, -slope, -slope - half, -slope + half, level, sst > 0 ? 1 - sse / sst : 1);
    }

    /// <summary>Fits the points of one (ansatz, cost, layers) series, by ∂C/∂θ₀'s variance or, when
    /// <paramref name="meanOverParameters"/>, by the mean variance over all parameters.</summary>
    public static DecayFit Of(IReadOnlyList<GradientVariancePoint> series, bool meanOverParameters = true, double level = 0.95) =>
        Of([.. series.Select(p => p.Qubits)], [.. series.Select(p => meanOverParameters ? p.MeanVariance : p.FirstParameterVariance)], level);
}
