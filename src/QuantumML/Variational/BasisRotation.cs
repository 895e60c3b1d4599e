using System.Numerics;

namespace QuantumML.Variational;

/// <summary>Rotates a state vector so that a Z measurement reads a product basis: H for X, S† then H for Y;
/// the host-side twin of the Q# <c>Eigensolvers.ApplyMeasurementBasis</c>.</summary>
/// <remarks>Hand-written: two single-qubit gates on a state vector, O(n·2ⁿ); no library here applies gates.</remarks>
public static class BasisRotation
{
    /// <summary>The rotated copy of <paramref name="state"/>; qubit 0 is the most significant bit.</summary>
    public static Complex[] Apply(ReadOnlySpan<Complex> state, string basis)
    {
        var n = basis.Length;
        if (state.Length != 1 << n) throw new ArgumentException($"A basis of {n} qubits for a state of {state.Length} amplitudes.", nameof(basis));
        var psi = state.ToArray();
        var h = 1 / Math.Sqrt(2);
        for (var q = 0; q < n; q++)
        {
            var letter = basis[q];
            if (letter is 'I' or 'Z') continue;
            if (letter is not ('X' or 'Y')) throw new ArgumentException($"Basis letter '{letter}' is not I, X, Y or Z.", nameof(basis));
            var bit = 1 << (n - 1 - q);
            for (var i = 0; i < psi.Length; i++)
            {
                if ((i & bit) != 0) continue;
                var (a, b) = (psi[i], psi[i | bit]);
                if (letter == 'Y') b *= -Complex.ImaginaryOne;
                psi[i] = h * (a + b);
                psi[i | bit] = h * (a - b);
            }
        }
        return psi;
    }

    /// <summary>Draws <paramref name="shots"/> outcome indices from |ψᵢ|².</summary>
    public static int[] Sample(ReadOnlySpan<Complex> state, int shots, Random random)
    {
        var cumulative = new double[state.Length];
        var total = 0.0;
        for (var i = 0; i < state.Length; i++)
        {
            total += state[i].Real * state[i].Real + state[i].Imaginary * state[i].Imaginary;
            cumulative[i] = total;
        }
        var outcomes = new int[shots];
        for (var s = 0; s < shots; s++)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
            outcomes[s] = Math.Min(state.Length - 1, index < 0 ? ~index : index);
        }
        return outcomes;
    }
}
