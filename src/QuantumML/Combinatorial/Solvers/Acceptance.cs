using System.Runtime.CompilerServices;
using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>The Metropolis rule for an uphill flip of ΔE &gt; 0 at inverse temperature β: accept with probability exp(-βΔE).</summary>
/// <remarks>Implemented by structs so that the sweep loop, generic over it, is compiled once per rule with the rule inlined.</remarks>
internal interface IAcceptance
{
    /// <summary>Whether to accept an uphill flip of <paramref name="delta"/> &gt; 0.</summary>
    bool Accept(double delta, ref Xoshiro256 rng);
}

/// <summary>exp(-βΔE) computed per uphill flip: for models whose energies are not on a lattice.</summary>
internal readonly struct ExpAcceptance(double beta) : IAcceptance
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Accept(double delta, ref Xoshiro256 rng)
    {
        var x = beta * delta;
        // Beyond 23 the probability is below 1e-10: reject without drawing.
        return x < 23 && rng.NextDouble() < Math.Exp(-x);
    }
}

/// <summary>A table of 32-bit thresholds, one per multiple of the model's energy quantum q: ΔE = d·q is accepted when a
/// random 32-bit word is below ⌊exp(-βqd)·2^32⌋. No exp, no division, one table load per uphill flip.</summary>
internal readonly struct TableAcceptance : IAcceptance
{
    private readonly uint[] _thresholds;
    private readonly double _inverseQuantum;

    private TableAcceptance(uint[] thresholds, double inverseQuantum)
    {
        _thresholds = thresholds;
        _inverseQuantum = inverseQuantum;
    }

    /// <summary>The table for β, in a buffer reused between sweeps (resized when needed).</summary>
    /// <param name="beta">β.</param>
    /// <param name="quantum">The model's energy quantum q.</param>
    /// <param name="maxSteps">The largest ΔE/q of any flip.</param>
    /// <param name="buffer">The table's storage.</param>
    public static TableAcceptance For(double beta, double quantum, int maxSteps, ref uint[] buffer)
    {
        // Entries stop at the largest possible ΔE or where exp(-βqd)·2^32 < 1 (every later one would be 0).
        var cut = (int)Math.Min(maxSteps + 1, Math.Ceiling(32 * Math.Log(2) / (beta * quantum)) + 1);
        if (buffer.Length < cut) buffer = new uint[cut];
        // exp(-βqd) = r^d: one exp per table, not one per entry (the relative error after d products is ~d·1e-16).
        var ratio = Math.Exp(-beta * quantum);
        var p = 4294967296.0;
        buffer[0] = uint.MaxValue;
        for (var d = 1; d < cut; d++)
        {
            p *= ratio;
            buffer[d] = (uint)Math.Min(uint.MaxValue, p);
        }
        Array.Clear(buffer, cut, buffer.Length - cut);
        return new TableAcceptance(buffer, 1 / quantum);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Accept(double delta, ref Xoshiro256 rng)
    {
        // ΔE is an exact multiple of q (the model's coefficients are binary fractions), so the product is an integer.
        var d = (int)(delta * _inverseQuantum + 0.5);
        var thresholds = _thresholds;
        return (uint)d < (uint)thresholds.Length && thresholds[d] != 0 && rng.NextUInt32() < thresholds[d];
    }
}
