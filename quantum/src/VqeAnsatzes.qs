// Ansatzes for variational eigensolvers: each is (Double[], Qubit[]) => Unit is Adj once its
// problem-specific arguments are partially applied, so the batch drivers of Eigensolvers.qs take any of them.

export ApplyTfimHamiltonianVariational, ApplyXxzHamiltonianVariational, HamiltonianVariationalParameterCount, ApplyPauliRotationsAnsatz, H2DoubleExcitationParameterCount, PrepareSinglets;

import Std.Arrays.*;
import Std.Diagnostics.*;

/// # Summary
/// The number of parameters of a Hamiltonian-variational ansatz: two angles per layer.
///
/// # Input
/// ## nQubits
/// Register size (unused: the angles are shared across the chain).
/// ## layers
/// Number of layers.
function HamiltonianVariationalParameterCount(nQubits : Int, layers : Int) : Int {
    Fact(nQubits >= 1 and layers >= 0, "HamiltonianVariationalParameterCount: need nQubits ≥ 1 and layers ≥ 0.");
    2 * layers
}

/// # Summary
/// A Hamiltonian-variational ansatz for the transverse-field Ising chain H = −J Σ ZᵢZᵢ₊₁ − h Σ Xᵢ.
///
/// # Description
/// Starts from |+⟩^⊗n, the ground state of the field term, then applies layers of
/// exp(−iγₗ Σ ZᵢZᵢ₊₁) followed by exp(−iβₗ Σ Xᵢ), with parameters [γ₀, β₀, γ₁, β₁, …]. Both factors are
/// exact: the terms inside each one commute. A periodic chain of n > 2 qubits also couples qₙ₋₁ and q₀.
/// Each angle drives n gates, so the single-gate parameter-shift rule does not apply; differentiate it with
/// finite differences or SPSA.
///
/// # Input
/// ## periodic
/// Whether the chain closes into a ring.
/// ## parameters
/// [γ₀, β₀, …, γₚ₋₁, βₚ₋₁]; an even number of angles.
/// ## qubits
/// The chain.
///
/// # References
/// D. Wecker, M. B. Hastings, M. Troyer, "Progress towards practical quantum variational algorithms",
/// Phys. Rev. A 92, 042303 (2015), arXiv:1507.08969; R. Wiersema et al., "Exploring entanglement and
/// optimization within the Hamiltonian variational ansatz", PRX Quantum 1, 020319 (2020).
operation ApplyTfimHamiltonianVariational(periodic : Bool, parameters : Double[], qubits : Qubit[]) : Unit is Adj {
    let n = Length(qubits);
    Fact(n >= 1, "ApplyTfimHamiltonianVariational: the register is empty.");
    Fact(Length(parameters) % 2 == 0, $"ApplyTfimHamiltonianVariational: {Length(parameters)} parameters is not an even number.");
    ApplyToEachA(H, qubits);
    for layer in 0..Length(parameters) / 2 - 1 {
        let gamma = parameters[2 * layer];
        let beta = parameters[2 * layer + 1];
        for (i, j) in ChainBonds(n, periodic) {
            Rzz(2.0 * gamma, qubits[i], qubits[j]);
        }
        for q in qubits {
            Rx(2.0 * beta, q);
        }
    }
}

/// # Summary
/// A Hamiltonian-variational ansatz for the XXZ chain H = J Σ (XᵢXᵢ₊₁ + YᵢYᵢ₊₁ + Δ ZᵢZᵢ₊₁).
///
/// # Description
/// Starts from singlets on the even bonds (q₀q₁)(q₂q₃)…, the ground state of the even-bond part for J > 0,
/// then applies layers of exp(−iθₗ Σ_odd hᵢ) followed by exp(−iφₗ Σ_even hᵢ), hᵢ = XX + YY + ΔZZ on bond i,
/// with parameters [θ₀, φ₀, θ₁, φ₁, …]. Bonds within one group share no qubit, and XX, YY and ZZ on one
/// bond commute, so both factors are exact. On an odd chain the last qubit starts in |0⟩.
///
/// # Input
/// ## periodic
/// Whether the chain closes into a ring (the closing bond counts as odd).
/// ## delta
/// The anisotropy Δ.
/// ## parameters
/// [θ₀, φ₀, …]; an even number of angles.
/// ## qubits
/// The chain.
///
/// # References
/// W. W. Ho, T. H. Hsieh, "Efficient variational simulation of non-trivial quantum states", SciPost Phys. 6,
/// 029 (2019), arXiv:1803.00026.
operation ApplyXxzHamiltonianVariational(periodic : Bool, delta : Double, parameters : Double[], qubits : Qubit[]) : Unit is Adj {
    let n = Length(qubits);
    Fact(n >= 2, "ApplyXxzHamiltonianVariational: a chain needs at least two qubits.");
    Fact(Length(parameters) % 2 == 0, $"ApplyXxzHamiltonianVariational: {Length(parameters)} parameters is not an even number.");
    PrepareSinglets(qubits);
    let bonds = ChainBonds(n, periodic);
    for layer in 0..Length(parameters) / 2 - 1 {
        for parity in [1, 0] {
            let angle = parameters[2 * layer + (parity == 1 ? 0 | 1)];
            for (i, j) in bonds {
                if i % 2 == parity {
                    Rxx(2.0 * angle, qubits[i], qubits[j]);
                    Ryy(2.0 * angle, qubits[i], qubits[j]);
                    Rzz(2.0 * angle * delta, qubits[i], qubits[j]);
                }
            }
        }
    }
}

/// # Summary
/// Prepares the singlet (|01⟩ − |10⟩)/√2 on each pair (q₀q₁), (q₂q₃), … from |0…0⟩.
///
/// # Input
/// ## qubits
/// The register, in |0…0⟩; on an odd register the last qubit is left alone.
operation PrepareSinglets(qubits : Qubit[]) : Unit is Adj {
    for k in 0..Length(qubits) / 2 - 1 {
        let (a, b) = (qubits[2 * k], qubits[2 * k + 1]);
        H(a);
        X(b);
        CNOT(a, b);
        Z(a);
    }
}

/// # Summary
/// A product of Pauli exponentials after a reference basis state: the form of unitary coupled-cluster
/// ansatzes once their excitations are mapped to qubits.
///
/// # Description
/// Flips the qubits marked in `reference` (e.g. the occupied spin-orbitals of a Hartree-Fock state), then for
/// each parameter θₖ applies exp(iθₖ Σⱼ cₖⱼ Pₖⱼ) as the product of exp(iθₖ cₖⱼ Pₖⱼ) over j. The product is exact
/// when the strings of one generator commute, as those of a single fermionic excitation under the
/// Jordan-Wigner mapping do.
///
/// # Input
/// ## reference
/// Which qubits start in |1⟩.
/// ## generators
/// generators[k]: the (coefficient, Pauli string) pairs of parameter k's generator; each string spans the register.
/// ## parameters
/// One angle per generator.
/// ## qubits
/// The register.
///
/// # References
/// P. J. J. O'Malley et al., "Scalable Quantum Simulation of Molecular Energies", Phys. Rev. X 6, 031007
/// (2016), arXiv:1512.06860.
operation ApplyPauliRotationsAnsatz(reference : Bool[], generators : (Double, Pauli[])[][], parameters : Double[], qubits : Qubit[]) : Unit is Adj {
    Fact(Length(reference) == Length(qubits), $"ApplyPauliRotationsAnsatz: a reference of {Length(reference)} bits for {Length(qubits)} qubits.");
    Fact(Length(parameters) == Length(generators), $"ApplyPauliRotationsAnsatz: {Length(parameters)} parameters for {Length(generators)} generators.");
    for i in IndexRange(qubits) {
        if reference[i] {
            X(qubits[i]);
        }
    }
    for k in IndexRange(generators) {
        for (c, paulis) in generators[k] {
            Exp(paulis, c * parameters[k], qubits);
        }
    }
}

/// # Summary
/// The number of parameters of the UCC double excitation of H2 (`ApplyPauliRotationsAnsatz` with the one generator of the
/// excitation, on 4 Jordan-Wigner qubits or 2 reduced ones): one.
///
/// # Input
/// ## nQubits
/// Register size: 4, or 2 in the reduced mapping.
/// ## layers
/// Unused: the excitation is applied once.
function H2DoubleExcitationParameterCount(nQubits : Int, layers : Int) : Int {
    Fact(nQubits == 4 or nQubits == 2, $"H2DoubleExcitationParameterCount: the excitation acts on 4 or 2 qubits, not {nQubits}.");
    1
}

/// The bonds (i, i+1) of a chain, plus (n−1, 0) when periodic and n > 2.
internal function ChainBonds(n : Int, periodic : Bool) : (Int, Int)[] {
    mutable bonds = [];
    for i in 0..n - 2 {
        set bonds += [(i, i + 1)];
    }
    if periodic and n > 2 {
        set bonds += [(n - 1, 0)];
    }
    bonds
}
