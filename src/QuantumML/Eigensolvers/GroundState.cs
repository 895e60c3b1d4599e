using System.Numerics;

namespace QuantumML.Eigensolvers;

/// <summary>The lowest eigenpair of a Hamiltonian found by an exact method.</summary>
/// <param name="Energy">The lowest eigenvalue.</param>
/// <param name="State">A normalized eigenvector (qubit 0 the most significant bit of the index); any global phase.</param>
/// <param name="Gap">E1 − E0 counting multiplicity (0 when the ground level is degenerate), or null when the method does not give it.</param>
/// <param name="Method">How it was found.</param>
/// <param name="Iterations">Operator applications (Lanczos) or 1 (dense).</param>
/// <param name="ResidualNorm">‖Hψ − Eψ‖ for the returned state, computed explicitly; it bounds |E − E0| when ψ is normalized.</param>
public sealed record GroundState(double Energy, Complex[] State, double? Gap, EigensolverMethod Method, int Iterations, double ResidualNorm);
