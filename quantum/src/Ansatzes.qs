// Variational ansatzes: each is (Double[], Qubit[]) => Unit is Adj, with a function giving its parameter count.

export ApplyHardwareEfficientAnsatz, HardwareEfficientParameterCount;

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
