using MathNet.Numerics;

namespace QuantumML.Privacy;

/// <summary>Logarithms of quantities that overflow a double: A_α of the sampled Gaussian reaches e^(10⁶) at large orders
/// and small noise, and its series terms alternate in sign at fractional orders.</summary>
internal static class LogSpace
{
    private static readonly double LogSqrtPi = 0.5 * Math.Log(Math.PI);

    /// <summary>ln erfc(x) for any x: MathNet's erfc below 25, where it is still a normal double (erfc(25) ≈ 8e−274), and
    /// the asymptotic series erfc(x) ≈ e^(−x²)/(x√π)·(1 − 1/(2x²) + 3/(4x⁴) − 15/(8x⁶)) above (relative error below 1e−10).</summary>
    public static double LogErfc(double x)
    {
        if (x < 25) return Math.Log(SpecialFunctions.Erfc(x));
        var inverse = 1 / (x * x);
        var series = 1 - inverse / 2 + 3 * inverse * inverse / 4 - 15 * inverse * inverse * inverse / 8;
        return -x * x - Math.Log(x) - LogSqrtPi + Math.Log(series);
    }

    /// <summary>ln(1 + x), accurate for tiny x (ln(1 − q) at q = 1e−7); .NET's double.LogP1 is ln(x + 1) as written. The
    /// correction x/(u − 1) cancels the rounding of u = 1 + x (D. Goldberg, "What every computer scientist should know about
    /// floating-point arithmetic", 1991, Theorem 4).</summary>
    public static double Log1P(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    /// <summary>ln(e^a + e^b) without overflow.</summary>
    public static double Add(double a, double b)
    {
        if (double.IsNegativeInfinity(a)) return b;
        if (double.IsNegativeInfinity(b)) return a;
        var (hi, lo) = a >= b ? (a, b) : (b, a);
        return hi + Math.Log(1 + Math.Exp(lo - hi));
    }
}

/// <summary>A sum of signed terms given by their logarithms, kept as value·e^scale so that terms of any size add without
/// overflow; the scale follows the largest term seen.</summary>
internal struct SignedLogSum
{
    private double _scale;
    private double _value;
    private bool _any;

    /// <summary>Adds sign·e^<paramref name="logMagnitude"/>.</summary>
    public void Add(int sign, double logMagnitude)
    {
        if (double.IsNegativeInfinity(logMagnitude)) return;
        if (!_any)
        {
            (_scale, _value, _any) = (logMagnitude, sign, true);
            return;
        }
        if (logMagnitude > _scale)
        {
            _value = _value * Math.Exp(_scale - logMagnitude) + sign;
            _scale = logMagnitude;
        }
        else
        {
            _value += sign * Math.Exp(logMagnitude - _scale);
        }
    }

    /// <summary>ln of the sum; NaN when the sum is not positive (the series lost its precision).</summary>
    public readonly double Log => !_any ? double.NegativeInfinity : _value > 0 ? _scale + Math.Log(_value) : double.NaN;
}
