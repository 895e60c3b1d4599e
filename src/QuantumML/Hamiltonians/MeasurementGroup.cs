using System.Numerics;

namespace QuantumML.Hamiltonians;

/// <summary>Terms that are qubit-wise commuting, measured together: rotate each qubit into <see cref="Basis"/>, measure every qubit in Z.</summary>
/// <remarks>Rotation per qubit: X → H; Y → S† then H; Z or I → nothing. After it, each term's value on a shot is the parity
/// (−1)^(number of qubits in its support that read One), since every factor of the term is the group's Pauli on that qubit.</remarks>
/// <param name="QubitCount">The Hamiltonian's qubit count.</param>
/// <param name="Basis">The Pauli measured on each qubit (I where no term of the group acts; measure it in Z or not at all).</param>
/// <param name="Terms">The group's terms.</param>
/// <param name="TermIndices">The index of each term in the Hamiltonian's <see cref="PauliSum.Terms"/>.</param>
public sealed record MeasurementGroup(int QubitCount, IReadOnlyList<Pauli> Basis, IReadOnlyList<PauliTerm> Terms, IReadOnlyList<int> TermIndices)
{
    /// <summary>The basis as a dense label, qubit 0 leftmost, e.g. "XXZI".</summary>
    public string BasisLabel => new(Basis.Select(p => p.ToString()[0]).ToArray());

    /// <summary>Each term's value (±1) on one shot; <paramref name="outcomes"/>[q] is true when qubit q read One after the rotation.</summary>
    public double[] TermValues(ReadOnlySpan<bool> outcomes)
    {
        if (outcomes.Length != QubitCount) throw new ArgumentException($"Expected {QubitCount} outcomes, got {outcomes.Length}.", nameof(outcomes));
        ulong ones = 0;
        for (var q = 0; q < outcomes.Length; q++) if (outcomes[q]) ones |= 1UL << q;
        return Terms.Select(t => Parity(ones & t.Pauli.Support)).ToArray();
    }

    /// <summary>Each term's value (±1) on one shot given as a basis-state index (qubit 0 the most significant bit).</summary>
    public double[] TermValues(long basisIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(basisIndex);
        if (QubitCount < 63) ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(basisIndex, 1L << QubitCount);
        var ones = QubitMask((ulong)basisIndex);
        return Terms.Select(t => Parity(ones & t.Pauli.Support)).ToArray();
    }

    /// <summary>Each term's expectation from the outcome distribution in the rotated basis (2^n probabilities, qubit 0 most
    /// significant): Σ_b p(b) (−1)^popcount(b on the term's support). Exact probabilities give exact expectations.</summary>
    public double[] TermExpectations(ReadOnlySpan<double> probabilities)
    {
        if (QubitCount > PauliSum.MaxStateQubits || probabilities.Length != 1L << QubitCount)
            throw new ArgumentException($"Expected 2^{QubitCount} probabilities, got {probabilities.Length}.", nameof(probabilities));
        var result = new double[Terms.Count];
        for (var b = 0; b < probabilities.Length; b++)
        {
            var p = probabilities[b];
            if (p == 0) continue;
            var ones = QubitMask((ulong)b);
            for (var k = 0; k < result.Length; k++) result[k] += p * Parity(ones & Terms[k].Pauli.Support);
        }
        return result;
    }

    /// <summary>This group's share of the energy, Σ_k c_k ⟨P_k⟩, from the outcome distribution in the rotated basis.</summary>
    public double Energy(ReadOnlySpan<double> probabilities)
    {
        var e = TermExpectations(probabilities);
        var sum = 0.0;
        for (var k = 0; k < e.Length; k++) sum += Terms[k].Coefficient * e[k];
        return sum;
    }

    private static double Parity(ulong bits) => (BitOperations.PopCount(bits) & 1) == 0 ? 1.0 : -1.0;

    // Basis index bit n−1−q is qubit q.
    private ulong QubitMask(ulong index)
    {
        ulong m = 0;
        for (var q = 0; q < QubitCount; q++)
            if (((index >> (QubitCount - 1 - q)) & 1) != 0) m |= 1UL << q;
        return m;
    }
}
