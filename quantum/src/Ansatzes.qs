// Variational ansatzes: each is (Double[], Qubit[]) => Unit is Adj, with a function giving its parameter count.

export ApplyHardwareEfficientAnsatz, HardwareEfficientParameterCount, ApplyStronglyEntanglingAnsatz, StronglyEntanglingParameterCount;

import Std.Arrays.*;
import Std.Diagnostics.*;

/// # Summary
/// The number of parameters of a hardware-efficient ansatz.
///
/// # Input
/// ## nQubits
/// Register size.
/// ## layers
/// Number of layers.
///
/// # Output
/// 2 × nQubits × layers: one Ry and one Rz angle per qubit and layer.
function HardwareEfficientParameterCount(nQubits : Int, layers : Int) : Int {
    Fact(nQubits >= 1 and layers >= 0, "HardwareEfficientParameterCount: need nQubits ≥ 1 and layers ≥ 0.");
    2 * nQubits * layers
}

/// # Summary
/// A hardware-efficient ansatz: layers of Ry and Rz rotations on every qubit, each followed by a CNOT chain.
///
/// # Description
/// The layer count is Length(parameters) / (2 × Length(qubits)). Layer l applies Ry(θ[2nl + j]) then
/// Rz(θ[2nl + n + j]) to qubit j, then CNOT(q₀, q₁), CNOT(q₁, q₂), …, CNOT(qₙ₋₂, qₙ₋₁).
///
/// # Input
/// ## parameters
/// The flat parameter vector; its length must be a multiple of 2 × Length(qubits).
/// ## qubits
/// The register.
///
/// # References
/// A. Kandala et al., "Hardware-efficient variational quantum eigensolver for small molecules and
/// quantum magnets", Nature 549, 242 (2017), arXiv:1704.05018.
///
/// # See Also
/// - HardwareEfficientParameterCount
operation ApplyHardwareEfficientAnsatz(parameters : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    let n = Length(qubits);
    Fact(n >= 1, "ApplyHardwareEfficientAnsatz: the register is empty.");
    Fact(Length(parameters) % (2 * n) == 0, $"ApplyHardwareEfficientAnsatz: {Length(parameters)} parameters is not a multiple of 2 × {n} qubits.");
    let layers = Length(parameters) / (2 * n);
    for layer in 0..layers - 1 {
        let offset = 2 * n * layer;
        for j in 0..n - 1 {
            Ry(parameters[offset + j], qubits[j]);
            Rz(parameters[offset + n + j], qubits[j]);
        }
        for j in 0..n - 2 {
            CNOT(qubits[j], qubits[j + 1]);
        }
    }
}

/// # Summary
/// The number of parameters of a strongly entangling ansatz: three angles per qubit and layer.
///
/// # Input
/// ## nQubits
/// Register size.
/// ## layers
/// Number of layers.
function StronglyEntanglingParameterCount(nQubits : Int, layers : Int) : Int {
    Fact(nQubits >= 1 and layers >= 0, "StronglyEntanglingParameterCount: need nQubits ≥ 1 and layers ≥ 0.");
    3 * nQubits * layers
}

/// # Summary
/// Strongly entangling layers: a general rotation Rz·Ry·Rz on every qubit, then a ring of CNOTs.
///
/// # Description
/// Layer l applies Rz(θ₀) Ry(θ₁) Rz(θ₂) to each qubit j (angles θ[3(nl + j) + 0..2], first applied
/// first), then CNOT(qⱼ, q₍ⱼ₊ᵣ₎ mod n) for every j, with range r = (l mod (n − 1)) + 1, so that
/// successive layers entangle ever more distant qubits. One qubit gets rotations only.
///
/// # Input
/// ## parameters
/// The flat parameter vector; its length must be a multiple of 3 × Length(qubits).
/// ## qubits
/// The register.
///
/// # References
/// M. Schuld, A. Bocharov, K. Svore, N. Wiebe, "Circuit-centric quantum classifiers", Phys. Rev. A 101,
/// 032308 (2020), arXiv:1804.00633.
operation ApplyStronglyEntanglingAnsatz(parameters : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    let n = Length(qubits);
    Fact(n >= 1, "ApplyStronglyEntanglingAnsatz: the register is empty.");
    Fact(Length(parameters) % (3 * n) == 0, $"ApplyStronglyEntanglingAnsatz: {Length(parameters)} parameters is not a multiple of 3 × {n} qubits.");
    let layers = Length(parameters) / (3 * n);
    for layer in 0..layers - 1 {
        for j in 0..n - 1 {
            let offset = 3 * (n * layer + j);
            Rz(parameters[offset], qubits[j]);
            Ry(parameters[offset + 1], qubits[j]);
            Rz(parameters[offset + 2], qubits[j]);
        }
        if n > 1 {
            let range = layer % (n - 1) + 1;
            for j in 0..n - 1 {
                CNOT(qubits[j], qubits[(j + range) % n]);
            }
        }
    }
}
