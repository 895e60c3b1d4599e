namespace QuantumML.Hamiltonians;

/// <summary>A molecule's qubit Hamiltonians at one bond length, with reference energies (all in hartree, nuclear repulsion included).</summary>
/// <param name="BondLength">The internuclear distance in ångström.</param>
/// <param name="Source">Where the integrals behind the Hamiltonians were published (repository@commit: path).</param>
/// <param name="NuclearRepulsion">The nuclear repulsion energy, already inside each Hamiltonian's identity term.</param>
/// <param name="ExactGroundEnergy">The lowest eigenvalue of both Hamiltonians (the FCI energy in the basis).</param>
/// <param name="ReferenceFciEnergy">The FCI energy published with the integrals, when the source gives one.</param>
/// <param name="HartreeFockEnergy">⟨HF|H|HF⟩, the energy of the Hartree-Fock determinant.</param>
/// <param name="JordanWigner">The Jordan-Wigner Hamiltonian over spin orbitals.</param>
/// <param name="Reduced">The same Hamiltonian restricted to the two-electron, S_z = 0 block on fewer qubits.</param>
public sealed record BondLengthPoint(
    double BondLength,
    string Source,
    double NuclearRepulsion,
    double ExactGroundEnergy,
    double? ReferenceFciEnergy,
    double HartreeFockEnergy,
    PauliSum JordanWigner,
    PauliSum Reduced);
