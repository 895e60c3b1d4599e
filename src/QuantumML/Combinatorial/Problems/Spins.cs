namespace QuantumML.Combinatorial.Problems;

/// <summary>Assignments as spins s ∈ {+1, -1} (sbyte) and as bits x ∈ {0, 1}, related by s = 1 - 2x: bit 0 is spin +1,
/// as the Z eigenvalue of a qubit in |0⟩.</summary>
public static class Spins
{
    /// <summary>The spins of <paramref name="bits"/>: false (0) is +1, true (1) is -1.</summary>
    public static sbyte[] FromBits(ReadOnlySpan<bool> bits)
    {
        var spins = new sbyte[bits.Length];
        for (var i = 0; i < bits.Length; i++) spins[i] = bits[i] ? (sbyte)-1 : (sbyte)1;
        return spins;
    }

    /// <summary>The bits of <paramref name="spins"/>: +1 is false (0), -1 is true (1).</summary>
    public static bool[] ToBits(ReadOnlySpan<sbyte> spins)
    {
        var bits = new bool[spins.Length];
        for (var i = 0; i < spins.Length; i++) bits[i] = spins[i] < 0;
        return bits;
    }

    /// <summary>The assignment numbered <paramref name="index"/> among 2^n, with variable 0 as the most significant
    /// bit: the basis state |x0 x1 … x(n-1)⟩ in the order of <c>qml</c>'s state dumps.</summary>
    /// <param name="index">Range [0, 2^n).</param>
    /// <param name="count">Variables n; range [0, 62].</param>
    public static sbyte[] FromIndex(long index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 62);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, 1L << count);
        var spins = new sbyte[count];
        for (var i = 0; i < count; i++) spins[i] = ((index >> (count - 1 - i)) & 1) == 0 ? (sbyte)1 : (sbyte)-1;
        return spins;
    }

    /// <summary>The inverse of <see cref="FromIndex"/>.</summary>
    public static long ToIndex(ReadOnlySpan<sbyte> spins)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(spins.Length, 62);
        var index = 0L;
        foreach (var s in spins) index = (index << 1) | (s < 0 ? 1L : 0L);
        return index;
    }

    /// <summary>The assignment as a string of bits, variable 0 first ("0110").</summary>
    public static string ToBitString(ReadOnlySpan<sbyte> spins) => string.Create(spins.Length, spins.ToArray(), (chars, s) =>
    {
        for (var i = 0; i < s.Length; i++) chars[i] = s[i] < 0 ? '1' : '0';
    });

    /// <summary>Throws unless <paramref name="spins"/> has <paramref name="count"/> entries, each +1 or -1.</summary>
    internal static void Check(ReadOnlySpan<sbyte> spins, int count)
    {
        if (spins.Length != count)
            throw new ArgumentException($"expected {count} spins, got {spins.Length}", nameof(spins));
        foreach (var s in spins)
        {
            if (s is not (1 or -1)) throw new ArgumentException($"a spin must be +1 or -1, got {s}", nameof(spins));
        }
    }
}
