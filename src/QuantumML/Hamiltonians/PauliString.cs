using System.Globalization;
using System.Numerics;
using System.Text;

namespace QuantumML.Hamiltonians;

/// <summary>An immutable tensor product of single-qubit Paulis on up to 64 qubits, stored as X and Z bit masks.</summary>
/// <remarks>
/// Bit q of <see cref="XMask"/> and <see cref="ZMask"/> describes qubit q: (0,0) = I, (1,0) = X, (1,1) = Y, (0,1) = Z.
/// The string is the operator itself (Y is the Hermitian Pauli Y, not XZ), so every PauliString is Hermitian and squares to I.
/// Masks are indexed by qubit, not by amplitude index: see <see cref="PauliSum"/> for how they act on state vectors.
/// </remarks>
/// <param name="XMask">Qubits carrying X or Y.</param>
/// <param name="ZMask">Qubits carrying Z or Y.</param>
public readonly record struct PauliString(ulong XMask, ulong ZMask) : IComparable<PauliString>
{
    /// <summary>The largest qubit count a PauliString can address.</summary>
    public const int MaxQubits = 64;

    /// <summary>The identity on every qubit.</summary>
    public static PauliString Identity => default;

    /// <summary>True when the string acts as the identity on every qubit.</summary>
    public bool IsIdentity => (XMask | ZMask) == 0;

    /// <summary>The qubits the string acts on non-trivially, as a bit mask.</summary>
    public ulong Support => XMask | ZMask;

    /// <summary>The number of non-identity factors.</summary>
    public int Weight => BitOperations.PopCount(Support);

    /// <summary>The number of Y factors (an odd count makes the operator's matrix imaginary).</summary>
    public int YCount => BitOperations.PopCount(XMask & ZMask);

    /// <summary>The qubit count needed to hold the string: one more than its highest non-identity qubit (0 for the identity).</summary>
    public int QubitSpan => MaxQubits - BitOperations.LeadingZeroCount(Support);

    /// <summary>The Pauli acting on <paramref name="qubit"/> (range 0 ≤ qubit &lt; 64).</summary>
    public Pauli this[int qubit]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(qubit);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(qubit, MaxQubits);
            var x = (XMask >> qubit) & 1;
            var z = (ZMask >> qubit) & 1;
            return (x, z) switch
            {
                (0, 0) => Pauli.I,
                (1, 0) => Pauli.X,
                (1, 1) => Pauli.Y,
                _ => Pauli.Z,
            };
        }
    }

    /// <summary>A single Pauli on one qubit (range 0 ≤ qubit &lt; 64).</summary>
    public static PauliString On(int qubit, Pauli pauli) => Identity.With(qubit, pauli);

    /// <summary>A copy with <paramref name="pauli"/> on <paramref name="qubit"/>, replacing what was there.</summary>
    public PauliString With(int qubit, Pauli pauli)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(qubit);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(qubit, MaxQubits);
        var bit = 1UL << qubit;
        var x = XMask & ~bit;
        var z = ZMask & ~bit;
        if (pauli is Pauli.X or Pauli.Y) x |= bit;
        if (pauli is Pauli.Z or Pauli.Y) z |= bit;
        return new PauliString(x, z);
    }

    /// <summary>True when the two strings commute as operators (an even number of qubits where they anticommute).</summary>
    public bool CommutesWith(PauliString other) =>
        (BitOperations.PopCount((XMask & other.ZMask) ^ (ZMask & other.XMask)) & 1) == 0;

    /// <summary>True when on every qubit the two factors are equal or one is the identity (qubit-wise commuting).</summary>
    public bool QubitWiseCommutesWith(PauliString other)
    {
        var shared = Support & other.Support;
        return ((XMask ^ other.XMask) & shared) == 0 && ((ZMask ^ other.ZMask) & shared) == 0;
    }

    /// <summary>The sparse label, e.g. "X0 Y2 Z5", or "I" for the identity.</summary>
    public override string ToString()
    {
        if (IsIdentity) return "I";
        var sb = new StringBuilder();
        for (var q = 0; q < MaxQubits; q++)
        {
            var p = this[q];
            if (p == Pauli.I) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(p.ToString()).Append(q.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>The dense label over <paramref name="qubitCount"/> qubits, qubit 0 leftmost, e.g. "XIZ".</summary>
    public string ToDenseString(int qubitCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(qubitCount, QubitSpan);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(qubitCount, MaxQubits);
        var chars = new char[qubitCount];
        for (var q = 0; q < qubitCount; q++) chars[q] = this[q].ToString()[0];
        return new string(chars);
    }

    /// <summary>Parses a sparse ("X0 Z2", "X0*Z2", "X0Z2") or dense ("XIZ", qubit 0 leftmost) label; "I" is the identity.</summary>
    /// <exception cref="PauliSumFormatException">The label is malformed or repeats a qubit.</exception>
    public static PauliString Parse(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return PauliSumParser.ParseString(label);
    }

    /// <summary>Orders by qubit span, then by the masks, so that sorted strings read in a stable order.</summary>
    public int CompareTo(PauliString other)
    {
        var byWeight = Weight.CompareTo(other.Weight);
        if (byWeight != 0) return byWeight;
        // Lower qubits first: compare the reversed masks so that Z0 sorts before Z1.
        var bySupport = ReverseBits(other.Support).CompareTo(ReverseBits(Support));
        if (bySupport != 0) return bySupport;
        var byX = XMask.CompareTo(other.XMask);
        return byX != 0 ? byX : ZMask.CompareTo(other.ZMask);
    }

    private static ulong ReverseBits(ulong v)
    {
        ulong r = 0;
        for (var i = 0; i < 64; i++, v >>= 1) r = (r << 1) | (v & 1);
        return r;
    }

    /// <summary>Orders as <see cref="CompareTo"/>.</summary>
    public static bool operator <(PauliString left, PauliString right) => left.CompareTo(right) < 0;

    /// <summary>Orders as <see cref="CompareTo"/>.</summary>
    public static bool operator >(PauliString left, PauliString right) => left.CompareTo(right) > 0;

    /// <summary>Orders as <see cref="CompareTo"/>.</summary>
    public static bool operator <=(PauliString left, PauliString right) => left.CompareTo(right) <= 0;

    /// <summary>Orders as <see cref="CompareTo"/>.</summary>
    public static bool operator >=(PauliString left, PauliString right) => left.CompareTo(right) >= 0;
}
