using System.Runtime.CompilerServices;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>The Metropolis rule for an uphill move: accept with probability exp(-x), x = βΔE &gt; 0 (or the change of
/// the action), either computed or looked up.</summary>
internal static class Acceptance
{
    /// <summary>Beyond this x the probability is below 1e-10: rejected without drawing a number.</summary>
    public const double Cutoff = 23;

    /// <summary>Accepts with probability exp(-<paramref name="x"/>), computing exp.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Exp(double x, ref Xoshiro256 rng) => x < Cutoff && rng.NextDouble() < Math.Exp(-x);

    /// <summary>Fills <paramref name="table"/> with ⌊exp(-βqd)·2^32⌋ for d = 0, 1, …, so that an uphill flip of
    /// ΔE = d·q is accepted when a random 32-bit word is below entry d; returns the length used. Entries stop at the
    /// largest possible ΔE or where they would be 0.</summary>
    public static int Thresholds(double beta, double quantum, int maxSteps, ref uint[] table)
    {
        var length = (int)Math.Min(maxSteps + 1, Math.Ceiling(32 * Math.Log(2) / (beta * quantum)) + 1);
        if (table.Length < length) table = new uint[length];
        // exp(-βqd) = r^d: one exp per table, not one per entry (the relative error after d products is ~d·1e-16).
        var ratio = Math.Exp(-beta * quantum);
        var p = 4294967296.0;
        table[0] = uint.MaxValue;
        for (var d = 1; d < length; d++)
        {
            p *= ratio;
            table[d] = (uint)Math.Min(uint.MaxValue, p);
        }
        return length;
    }
}
