using System.Runtime.CompilerServices;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>The Metropolis rule of path-integral Monte Carlo: a flip changes the action by ΔS = b·ΔE + 2J⊥·t, where ΔE
/// is the change of the slice's classical energy, b = β/P, and t = s(s_prev + s_next) ∈ {-2, 0, 2} counts the
/// imaginary-time neighbours that agree with the spin.</summary>
internal interface ISliceAcceptance
{
    /// <summary>Whether to accept a flip with classical change <paramref name="deltaE"/> and Trotter term <paramref name="t"/>.</summary>
    bool Accept(double deltaE, int t, ref Xoshiro256 rng);
}

/// <summary>exp(-ΔS) per uphill flip, for models whose energies are not on a lattice.</summary>
internal readonly struct SliceExpAcceptance(double sliceBeta, double coupling) : ISliceAcceptance
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Accept(double deltaE, int t, ref Xoshiro256 rng)
    {
        var action = sliceBeta * deltaE + 2 * coupling * t;
        return action <= 0 || Acceptance.Exp(action, ref rng);
    }
}

/// <summary>A table of 32-bit thresholds indexed by (ΔE/q, t) for models on an energy lattice q·ℤ.</summary>
internal readonly struct SliceTableAcceptance : ISliceAcceptance
{
    private readonly uint[] _thresholds;
    private readonly double _inverseQuantum;
    private readonly int _maxSteps;

    private SliceTableAcceptance(uint[] thresholds, double inverseQuantum, int maxSteps)
    {
        _thresholds = thresholds;
        _inverseQuantum = inverseQuantum;
        _maxSteps = maxSteps;
    }

    /// <summary>The table for slice inverse temperature b and Trotter coupling J⊥, in a reused buffer.</summary>
    public static SliceTableAcceptance For(double sliceBeta, double coupling, double quantum, int maxSteps, ref uint[] buffer)
    {
        var length = 3 * (2 * maxSteps + 1);
        if (buffer.Length < length) buffer = new uint[length];
        for (var d = -maxSteps; d <= maxSteps; d++)
        {
            for (var m = 0; m < 3; m++)
            {
                var action = sliceBeta * quantum * d + 2 * coupling * (2 * m - 2);
                buffer[3 * (d + maxSteps) + m] = action <= 0 ? uint.MaxValue : (uint)Math.Min(uint.MaxValue - 1.0, Math.Exp(-action) * 4294967296.0);
            }
        }
        return new SliceTableAcceptance(buffer, 1 / quantum, maxSteps);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Accept(double deltaE, int t, ref Xoshiro256 rng)
    {
        var d = (int)Math.Round(deltaE * _inverseQuantum);
        var threshold = _thresholds[3 * (d + _maxSteps) + (t >> 1) + 1];
        return threshold == uint.MaxValue || (threshold != 0 && rng.NextUInt32() < threshold);
    }
}
