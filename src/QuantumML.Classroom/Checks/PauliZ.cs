using QuantumML.QSharp;

namespace QuantumML.Classroom.Checks;

/// <summary>Exact expectations of Z⊗…⊗Z observables from a state dump.</summary>
internal static class PauliZ
{
    /// <summary>⟨Z_{q₁}⋯Z_{qₖ}⟩ = Σ_b |a_b|² (−1)^(b_{q₁} + ⋯ + b_{qₖ}), with qubit 0 the most significant bit (the dump's order).</summary>
    public static double Expectation(StateDump dump, IReadOnlyList<int> qubits)
    {
        var mask = qubits.Aggregate(0, (m, q) => m | 1 << (dump.QubitCount - 1 - q));
        var probabilities = dump.Probabilities();
        var sum = 0.0;
        for (var i = 0; i < probabilities.Length; i++)
            sum += int.PopCount(i & mask) % 2 == 0 ? probabilities[i] : -probabilities[i];
        return sum;
    }

    /// <summary>The observable as messages write it, such as <c>⟨Z₀Z₂⟩</c>.</summary>
    public static string Label(IReadOnlyList<int> qubits) => "⟨" + string.Concat(qubits.Select(q => "Z" + Subscript(q))) + "⟩";

    /// <summary>A number in subscript digits, such as <c>₁₂</c>.</summary>
    public static string Subscript(int n) =>
        string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => d == '-' ? '₋' : (char)('₀' + (d - '0'))));
}
