namespace QuantumML.Combinatorial.Problems;

/// <summary>Finds whether an Ising model's flip energies lie on a lattice q·ℤ, so that Monte Carlo solvers can look
/// acceptance probabilities up in a table instead of calling <see cref="Math.Exp"/>.</summary>
internal static class EnergyLattice
{
    /// <summary>Largest |ΔE|/q a table may index; models with more distinct flip energies fall back to exp.</summary>
    public const int MaxSteps = 1 << 16;

    /// <summary>q = 2·gcd of the coefficients when they are all binary fractions k/2^p (p ≤ 20), exactly, and no flip
    /// changes the energy by more than <see cref="MaxSteps"/>·q; otherwise null.</summary>
    public static double? Quantum(double[] fields, Coupling[] couplings, double maxDelta)
    {
        for (var p = 0; p <= 20; p++)
        {
            var gcd = Gcd(fields.Select(h => h * Math.ScaleB(1.0, p)).Concat(couplings.Select(c => c.Value * Math.ScaleB(1.0, p))));
            if (gcd < 0) continue;
            if (gcd == 0) return null;
            var q = 2 * gcd / Math.ScaleB(1.0, p);
            return maxDelta / q <= MaxSteps ? q : null;
        }
        return null;
    }

    // The gcd of the values as integers, or -1 when one is not an integer (below 2^40, where doubles are exact).
    private static long Gcd(IEnumerable<double> values)
    {
        long gcd = 0;
        foreach (var v in values)
        {
            if (v != Math.Round(v) || Math.Abs(v) > 1e12) return -1;
            var b = (long)Math.Abs(v);
            var a = gcd;
            while (b != 0) (a, b) = (b, a % b);
            gcd = a;
        }
        return gcd;
    }
}
