namespace QuantumML.Vqe;

/// <summary>Where layer-wise growth puts the new layer's zero angles in the parameter vector of a layered ansatz, whose
/// layer l takes the l-th block of parameters.</summary>
public enum NewLayerPlacement
{
    /// <summary>Before the others: the new layer acts first, on the ansatz's initial state, and every old layer moves one
    /// index up. At zero angles this keeps the state when the new layer fixes that initial state and no layer's gates depend
    /// on its index: true of the hardware-efficient ansatz (zero angles leave its CNOT chain, which fixes |0…0⟩) and the
    /// Hamiltonian-variational ones (the identity at zero); not of the strongly entangling ansatz on more than two qubits,
    /// whose CNOT range (l mod (n − 1)) + 1 changes for every old layer.</summary>
    Front,

    /// <summary>After the others: the new layer acts last. At zero angles this keeps the state only when the layer is the
    /// identity at zero: true of the Hamiltonian-variational ansatzes, not of the hardware-efficient or strongly entangling
    /// ones, whose CNOT chain or ring remains and moves the state.</summary>
    Back,
}
