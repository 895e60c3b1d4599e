using QuantumML.Hamiltonians;

namespace QuantumML.Eigensolvers;

/// <summary>The exact ground state of a Pauli-sum Hamiltonian, by the cheaper exact method for its size.</summary>
public static class ExactGroundState
{
    /// <summary>Up to this many qubits the default is dense diagonalization (about 3 s at 10 qubits); above it, Lanczos.</summary>
    public const int DefaultDenseMaxQubits = 10;

    /// <summary>Dense <see cref="DenseEigensolver"/> up to <paramref name="denseMaxQubits"/> qubits (range 0-12; it also gives
    /// the gap), <see cref="LanczosSolver"/> above.</summary>
    public static GroundState Solve(PauliSum hamiltonian, int denseMaxQubits = DefaultDenseMaxQubits, LanczosOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(hamiltonian);
        ArgumentOutOfRangeException.ThrowIfNegative(denseMaxQubits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(denseMaxQubits, DenseEigensolver.MaxQubits);
        return hamiltonian.QubitCount <= denseMaxQubits
            ? DenseEigensolver.Solve(hamiltonian)
            : LanczosSolver.Solve(hamiltonian, options);
    }
}
