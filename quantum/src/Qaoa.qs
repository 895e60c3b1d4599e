// The quantum approximate optimization algorithm for Ising cost functions
// C(z) = Σᵢ hᵢ zᵢ + Σ₍ᵢⱼ₎ Jᵢⱼ zᵢ zⱼ, zᵢ = ±1 the Z eigenvalue of qubit i (+1 for |0⟩), to be minimized.

export ApplyQaoaCircuit, QaoaParameterCount, ApplyIsingCostLayer, ApplyTransverseMixer;

import Std.Arrays.*;
import Std.Diagnostics.*;

/// # Summary
/// The number of QAOA angles at depth p: a cost angle γ and a mixer angle β per layer.
///
/// # Input
/// ## nQubits
/// Register size (unused).
/// ## layers
/// The depth p.
function QaoaParameterCount(nQubits : Int, layers : Int) : Int {
    Fact(nQubits >= 1 and layers >= 0, "QaoaParameterCount: need nQubits ≥ 1 and layers ≥ 0.");
    2 * layers
}

/// # Summary
/// exp(−iγC) for the Ising cost C: Rz(2γhᵢ) on each qubit and Rzz(2γJᵢⱼ) on each coupled pair.
///
/// # Input
/// ## linear
/// (i, hᵢ) for every non-zero field.
/// ## quadratic
/// (i, j, Jᵢⱼ) for every coupling, i ≠ j.
/// ## gamma
/// The cost angle.
/// ## qubits
/// The register.
operation ApplyIsingCostLayer(linear : (Int, Double)[], quadratic : (Int, Int, Double)[], gamma : Double, qubits : Qubit[]) : Unit is Adj {
    for (i, h) in linear {
        Rz(2.0 * gamma * h, qubits[i]);
    }
    for (i, j, coupling) in quadratic {
        Rzz(2.0 * gamma * coupling, qubits[i], qubits[j]);
    }
}

/// # Summary
/// The transverse-field mixer exp(−iβ Σ Xᵢ).
///
/// # Input
/// ## beta
/// The mixer angle.
/// ## qubits
/// The register.
operation ApplyTransverseMixer(beta : Double, qubits : Qubit[]) : Unit is Adj {
    for q in qubits {
        Rx(2.0 * beta, q);
    }
}

/// # Summary
/// The depth-p QAOA state: |+⟩^⊗n, then p alternations of the cost layer and the mixer.
///
/// # Input
/// ## linear
/// (i, hᵢ) for every non-zero field.
/// ## quadratic
/// (i, j, Jᵢⱼ) for every coupling.
/// ## parameters
/// [γ₀, β₀, γ₁, β₁, …]: 2p angles.
/// ## qubits
/// The register.
///
/// # References
/// E. Farhi, J. Goldstone, S. Gutmann, "A Quantum Approximate Optimization Algorithm", arXiv:1411.4028 (2014).
operation ApplyQaoaCircuit(linear : (Int, Double)[], quadratic : (Int, Int, Double)[], parameters : Double[], qubits : Qubit[]) : Unit is Adj {
    Fact(Length(parameters) % 2 == 0, $"ApplyQaoaCircuit: {Length(parameters)} angles is not an even number.");
    for (i, _) in linear {
        Fact(i >= 0 and i < Length(qubits), $"ApplyQaoaCircuit: field on qubit {i} of a {Length(qubits)}-qubit register.");
    }
    for (i, j, _) in quadratic {
        Fact(i >= 0 and i < Length(qubits) and j >= 0 and j < Length(qubits) and i != j, $"ApplyQaoaCircuit: coupling ({i}, {j}) on a {Length(qubits)}-qubit register.");
    }
    ApplyToEachA(H, qubits);
    for layer in 0..Length(parameters) / 2 - 1 {
        ApplyIsingCostLayer(linear, quadratic, parameters[2 * layer], qubits);
        ApplyTransverseMixer(parameters[2 * layer + 1], qubits);
    }
}
