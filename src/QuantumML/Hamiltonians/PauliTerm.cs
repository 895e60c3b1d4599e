namespace QuantumML.Hamiltonians;

/// <summary>A real coefficient times a Pauli string: one term of a Hermitian Hamiltonian.</summary>
/// <remarks>Coefficients are real on purpose: every Pauli string is Hermitian, so a sum of them is Hermitian
/// exactly when the coefficients are real (after like terms are combined), which is all a Hamiltonian needs.</remarks>
/// <param name="Coefficient">The real coefficient (energy units of the model, e.g. hartree).</param>
/// <param name="Pauli">The Pauli string.</param>
public sealed record PauliTerm(double Coefficient, PauliString Pauli)
{
    /// <summary>"c * P" in the parser's syntax, with the coefficient printed to round-trip.</summary>
    public override string ToString() => PauliSumParser.FormatTerm(this);
}
