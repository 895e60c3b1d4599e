using QuantumML.QSharp;
using QuantumML.Variational;

namespace QuantumML.Vqe;

/// <summary>The Q# ansatzes a VQE can use, as <see cref="AnsatzCircuit"/>s.</summary>
public static class VqeAnsatz
{
    /// <summary>Layers of Ry·Rz on every qubit and a CNOT chain (<c>Ansatzes.ApplyHardwareEfficientAnsatz</c>).</summary>
    public static AnsatzCircuit HardwareEfficient(int qubits, int layers) =>
        new("Ansatzes.ApplyHardwareEfficientAnsatz", qubits, 2 * qubits * layers, ShiftRuleApplies: true);

    /// <summary>Strongly entangling layers (<c>Ansatzes.ApplyStronglyEntanglingAnsatz</c>).</summary>
    public static AnsatzCircuit StronglyEntangling(int qubits, int layers) =>
        new("Ansatzes.ApplyStronglyEntanglingAnsatz", qubits, 3 * qubits * layers, ShiftRuleApplies: true);

    /// <summary>The Hamiltonian-variational ansatz of the transverse-field Ising chain: two shared angles per layer.</summary>
    public static AnsatzCircuit TfimHamiltonianVariational(int qubits, int layers, bool periodic) =>
        new($"VqeAnsatzes.ApplyTfimHamiltonianVariational({Bool(periodic)}, _, _)", qubits, 2 * layers, ShiftRuleApplies: false);

    /// <summary>The Hamiltonian-variational ansatz of the XXZ chain with anisotropy <paramref name="delta"/>.</summary>
    public static AnsatzCircuit XxzHamiltonianVariational(int qubits, int layers, bool periodic, double delta) =>
        new($"VqeAnsatzes.ApplyXxzHamiltonianVariational({Bool(periodic)}, {QSharpLiteral.Of(delta)}, _, _)", qubits, 2 * layers, ShiftRuleApplies: false);

    /// <summary>The UCC double excitation of H2 from its Hartree-Fock state, one parameter.</summary>
    /// <remarks>Jordan-Wigner order (qubit 0 σg↑, 1 σg↓, 2 σu↑, 3 σu↓), HF = |1100⟩: the fermionic double excitation's
    /// eight Pauli strings all map |1100⟩ to multiples of |0011⟩, so from HF it spans exactly the states that
    /// exp(iθ/2 · X₀X₁X₂Y₃) reaches, cos(θ/2)|1100⟩ − sin(θ/2)|0011⟩; one string keeps the circuit short and the
    /// parameter-shift rule exact. Reduced (two-qubit) form: HF = |11⟩, exp(iθ/2 · X₀Y₁).</remarks>
    public static AnsatzCircuit H2DoubleExcitation(int qubits) => qubits switch
    {
        4 => new("VqeAnsatzes.ApplyPauliRotationsAnsatz([true, true, false, false], [[(0.5, [PauliX, PauliX, PauliX, PauliY])]], _, _)", 4, 1, ShiftRuleApplies: true),
        2 => new("VqeAnsatzes.ApplyPauliRotationsAnsatz([true, true], [[(0.5, [PauliX, PauliY])]], _, _)", 2, 1, ShiftRuleApplies: true),
        _ => throw new ArgumentOutOfRangeException(nameof(qubits), qubits, "The H2 double excitation is defined for 4 (Jordan-Wigner) or 2 (reduced) qubits."),
    };

    private static string Bool(bool value) => value ? "true" : "false";
}
