namespace QuantumML.Randomness;

/// <summary>Independent seeds derived from one seed and stream numbers (an epoch, a client, a round), so that a random
/// choice depends only on where it is made, never on what ran before it; this lets a resumed or parallel run draw
/// exactly what an uninterrupted serial run draws.</summary>
public static class DerivedSeed
{
    /// <summary>The seed of stream <paramref name="streams"/> of <paramref name="seed"/>, mixed by SplitMix64's finalizer.</summary>
    /// <remarks>Not <see cref="HashCode.Combine{T1, T2}"/>: that is randomized per process.</remarks>
    public static int Of(int seed, params ReadOnlySpan<int> streams)
    {
        var x = (ulong)(uint)seed ^ 0x5851F42D4C957F2DUL;
        foreach (var s in streams) x = Mix(x + 0x9E3779B97F4A7C15UL * ((ulong)(uint)s + 1));
        return (int)(Mix(x) & 0x7FFFFFFF);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
