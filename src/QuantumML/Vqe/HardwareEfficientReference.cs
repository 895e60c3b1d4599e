namespace QuantumML.Vqe;

/// <summary>Parameters of <c>Ansatzes.ApplyHardwareEfficientAnsatz</c> that prepare a chosen computational basis state, such
/// as the Hartree-Fock determinant: a reference to start a VQE near.</summary>
public static class HardwareEfficientReference
{
    /// <summary>The parameters (2 × qubits × layers) whose state is |<paramref name="occupied"/>⟩ exactly: Ry(π) in layer 0 on
    /// the qubits of the basis state b that the ansatz's <paramref name="layers"/> CNOT chains carry to it, every other angle 0.</summary>
    /// <param name="occupied">The target bits, qubit 0 first (Hartree-Fock of H2 in Jordan-Wigner order: 1, 1, 0, 0).</param>
    /// <param name="layers">Layer count; range ≥ 1.</param>
    /// <remarks>A chain CNOT(q₀, q₁), CNOT(q₁, q₂), … maps |b⟩ to the prefix parities yⱼ = b₀ ⊕ … ⊕ bⱼ, whose inverse is
    /// bⱼ = yⱼ ⊕ yⱼ₋₁; zero angles leave later layers as bare chains. Ry(π)|0⟩ = |1⟩ with no phase, Rz(0) = I.</remarks>
    public static double[] Parameters(IReadOnlyList<bool> occupied, int layers)
    {
        var n = occupied.Count;
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(layers, 1);
        var bits = occupied.ToArray();
        for (var l = 0; l < layers; l++)
        {
            for (var j = n - 1; j >= 1; j--) bits[j] ^= bits[j - 1];
        }
        var theta = new double[2 * n * layers];
        for (var j = 0; j < n; j++)
        {
            if (bits[j]) theta[j] = Math.PI;
        }
        return theta;
    }
}
