using System.Numerics;

namespace QuantumML.Landscape;

/// <summary>The Meyer-Wallach entanglement measure Q(ψ) = 2(1 − (1/n)Σₖ Tr ρₖ²), ρₖ the reduced state of qubit k: 0 for a
/// product state, 1 for GHZ, (2ⁿ − 2)/(2ⁿ + 1) on average over Haar-random states.</summary>
/// <remarks>D. A. Meyer, N. R. Wallach, "Global entanglement in multiparticle quantum systems", J. Math. Phys. 43, 4273
/// (2002), in the purity form of G. K. Brennen, Quantum Inf. Comput. 3, 619 (2003). The entangling capability of an ansatz
/// (Sim et al. 2019) is the mean Q over random parameters.</remarks>
public static class MeyerWallach
{
    /// <summary>Q of a normalized state of 2ⁿ amplitudes, n ≥ 1 (qubit 0 the most significant bit of an index).</summary>
    public static double Of(ReadOnlySpan<Complex> state)
    {
        var n = System.Numerics.BitOperations.Log2((uint)state.Length);
        if (n < 1 || 1 << n != state.Length) throw new ArgumentException($"A state of {state.Length} amplitudes is not a register of one or more qubits.", nameof(state));
        var purities = 0.0;
        for (var k = 0; k < n; k++)
        {
            var mask = 1 << (n - 1 - k);
            double p0 = 0, p1 = 0;
            var coherence = Complex.Zero;
            for (var i = 0; i < state.Length; i++)
            {
                if ((i & mask) != 0) continue;
                var a = state[i];
                var b = state[i | mask];
                p0 += a.Real * a.Real + a.Imaginary * a.Imaginary;
                p1 += b.Real * b.Real + b.Imaginary * b.Imaginary;
                coherence += a * Complex.Conjugate(b);
            }
            // Tr ρ² of ρ = [[p0, c], [c*, p1]].
            purities += p0 * p0 + p1 * p1 + 2 * (coherence.Real * coherence.Real + coherence.Imaginary * coherence.Imaginary);
        }
        return Math.Clamp(2 * (1 - purities / n), 0, 1);
    }
}
