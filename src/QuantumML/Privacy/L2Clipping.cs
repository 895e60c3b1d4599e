namespace QuantumML.Privacy;

/// <summary>Clipping a vector to an L2 norm, the step that bounds one record's (or one client's) influence so that Gaussian
/// noise of a known scale hides it.</summary>
public static class L2Clipping
{
    /// <summary>‖v‖₂, computed on the vector scaled by its largest entry so that entries near 1e200 do not overflow; NaN when
    /// an entry is NaN or infinite.</summary>
    public static double Norm(ReadOnlySpan<double> v)
    {
        var largest = 0.0;
        foreach (var x in v)
        {
            if (!double.IsFinite(x)) return double.NaN;
            largest = Math.Max(largest, Math.Abs(x));
        }
        if (largest == 0) return 0;
        var sum = 0.0;
        foreach (var x in v)
        {
            var s = x / largest;
            sum += s * s;
        }
        return largest * Math.Sqrt(sum);
    }

    /// <summary>The factor min(1, C/‖v‖) that brings <paramref name="v"/> within norm <paramref name="clipNorm"/>: 1 when it is
    /// already within (or C = +∞), and 0 for a vector with a NaN or infinite entry, which is dropped rather than let through.</summary>
    /// <param name="v">The vector (a per-example gradient, a client's update).</param>
    /// <param name="clipNorm">C; range &gt; 0, +∞ for no clipping.</param>
    public static double Factor(ReadOnlySpan<double> v, double clipNorm)
    {
        if (!(clipNorm > 0)) throw new ArgumentOutOfRangeException(nameof(clipNorm), clipNorm, "The clipping norm must be positive.");
        var norm = Norm(v);
        if (double.IsNaN(norm)) return 0;
        return norm <= clipNorm ? 1 : clipNorm / norm;
    }

    /// <summary>Scales <paramref name="v"/> in place by <see cref="Factor"/> and returns the factor.</summary>
    public static double ClipInPlace(Span<double> v, double clipNorm)
    {
        var factor = Factor(v, clipNorm);
        if (factor != 1)
            for (var i = 0; i < v.Length; i++) v[i] = factor == 0 ? 0 : v[i] * factor;
        return factor;
    }
}
