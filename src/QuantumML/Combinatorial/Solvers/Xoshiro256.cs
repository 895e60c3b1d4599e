using System.Numerics;
using System.Runtime.CompilerServices;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>xoshiro256** (Blackman and Vigna, 2018): a small, fast generator held by value in each worker.</summary>
/// <remarks>Not <see cref="System.Random"/>: a seeded Random runs the legacy subtractive generator behind a virtual call
/// on a shared object, while this struct lives in the worker's locals (its four words stay in registers in the sweep
/// loop) and its streams are fixed by this code alone, so a seed means the same run on every .NET version.
/// Each read gets its own stream (<see cref="ForStream"/>), so results do not depend on which thread ran which read.</remarks>
internal struct Xoshiro256
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>The generator for stream <paramref name="stream"/> of <paramref name="seed"/>, seeded through SplitMix64.</summary>
    public static Xoshiro256 ForStream(ulong seed, ulong stream)
    {
        var x = seed ^ (stream * 0xD1B54A32D192ED03UL) ^ 0x5851F42D4C957F2DUL;
        var g = default(Xoshiro256);
        g._s0 = SplitMix(ref x);
        g._s1 = SplitMix(ref x);
        g._s2 = SplitMix(ref x);
        g._s3 = SplitMix(ref x);
        return g;
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>32 random bits (the high half, the better one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint NextUInt32() => (uint)(NextUInt64() >> 32);

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="bound"/>) by Lemire's multiply-shift (bias below 2^-32 for bounds used here).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int NextInt(int bound) => (int)(((ulong)NextUInt32() * (uint)bound) >> 32);

    /// <summary>A random spin, +1 or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public sbyte NextSpin() => (NextUInt64() >> 63) == 0 ? (sbyte)1 : (sbyte)-1;

    /// <summary>A standard normal deviate (Box-Muller; one of the pair is dropped for simplicity).</summary>
    public double NextGaussian()
    {
        var u = 1.0 - NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * NextDouble());
    }
}
