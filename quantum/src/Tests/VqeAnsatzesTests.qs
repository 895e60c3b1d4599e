// Q#-level tests of the eigensolver ansatzes.

import Std.Diagnostics.*;
import Std.Math.*;
import VqeAnsatzes.*;

/// # Summary
/// With all angles zero the TFIM ansatz only prepares |+⟩^⊗n, the field term's ground state.
@Test()
operation TfimAnsatzWithZeroAnglesPreparesPlusStates() : Unit {
    Fact(CheckOperationsAreEqual(4, qs => ApplyTfimHamiltonianVariational(true, [0.0, size = 6], qs), qs => ApplyToEachA(H, qs)), "Zero angles should leave H on every qubit.");
}

/// # Summary
/// A singlet is the −1 eigenstate of XX, YY and ZZ, so measuring each parity reads One every time.
@Test()
operation SingletsAreMinusOneEigenstatesOfEveryParity() : Unit {
    for paulis in [[PauliX, PauliX], [PauliY, PauliY], [PauliZ, PauliZ]] {
        use qs = Qubit[2];
        PrepareSinglets(qs);
        Fact(Measure(paulis, qs) == One, $"The singlet should have parity −1 for {paulis}.");
        ResetAll(qs);
    }
}

/// # Summary
/// A singlet is an eigenstate of XX + YY + ΔZZ: the two-qubit XXZ ansatz, whose only bond is even, keeps it
/// up to a global phase for any angles.
@Test()
operation XxzAnsatzKeepsTheTwoQubitSinglet() : Unit {
    use qs = Qubit[2];
    ApplyXxzHamiltonianVariational(false, 0.7, [0.4, -1.3, 2.1, 0.25], qs);
    Adjoint PrepareSinglets(qs);
    Fact(CheckAllZero(qs), "Undoing the singlet preparation should give |00⟩.");
}

/// # Summary
/// At zero angles the Pauli-rotations ansatz is its reference basis state.
@Test()
operation PauliRotationsAtZeroAnglesIsTheReference() : Unit {
    use qs = Qubit[4];
    ApplyPauliRotationsAnsatz([true, true, false, false], [[(0.5, [PauliX, PauliX, PauliX, PauliY])]], [0.0], qs);
    X(qs[0]);
    X(qs[1]);
    Fact(CheckAllZero(qs), "Zero angles should prepare |1100⟩.");
}

/// # Summary
/// exp(iθ X₀Y₁) on |10⟩ is cos θ|10⟩ + sin θ|01⟩ (up to convention-free signs): at θ = π/2 it moves the
/// excitation to qubit 1 entirely.
@Test()
operation PauliRotationAtQuarterTurnMovesTheExcitation() : Unit {
    use qs = Qubit[2];
    ApplyPauliRotationsAnsatz([true, false], [[(1.0, [PauliX, PauliY])]], [PI() / 2.0], qs);
    Fact(M(qs[0]) == Zero and M(qs[1]) == One, "exp(iπ/2 X₀Y₁)|10⟩ should be |01⟩ up to phase.");
    ResetAll(qs);
}

/// # Summary
/// The H2 double excitation takes one angle, on 4 Jordan-Wigner qubits or 2 reduced ones.
@Test()
function H2DoubleExcitationHasOneParameter() : Unit {
    Fact(H2DoubleExcitationParameterCount(4, 1) == 1, "The 4-qubit excitation should take one angle.");
    Fact(H2DoubleExcitationParameterCount(2, 3) == 1, "The reduced excitation should take one angle whatever the layers.");
}
