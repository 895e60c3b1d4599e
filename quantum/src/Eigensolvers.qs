// Batch drivers of variational eigensolvers: the states an ansatz prepares for many parameter vectors, and
// measurements of them in the bases of qubit-wise commuting Pauli groups.

export ApplyMeasurementBasis, DumpAnsatzStates, SampleInBases;

import Std.Arrays.*;
import Std.Diagnostics.*;
import Std.Measurement.*;

/// # Summary
/// Rotates each qubit so that measuring it in Z measures the given Pauli: X by H, Y by S† then H.
///
/// # Input
/// ## bases
/// One Pauli per qubit; PauliI and PauliZ leave the qubit alone.
/// ## qubits
/// The register.
operation ApplyMeasurementBasis(bases : Pauli[], qubits : Qubit[]) : Unit is Adj {
    Fact(Length(bases) == Length(qubits), $"ApplyMeasurementBasis: {Length(bases)} bases for {Length(qubits)} qubits.");
    for i in IndexRange(qubits) {
        if bases[i] == PauliX {
            H(qubits[i]);
        } elif bases[i] == PauliY {
            Adjoint S(qubits[i]);
            H(qubits[i]);
        }
    }
}

/// # Summary
/// Prepares ansatz(θᵢ)|0…0⟩ for every parameter vector and dumps each state, for exact energies.
///
/// # Input
/// ## ansatz
/// The state preparation; it need not be adjointable, so one that measures mid-circuit runs here too (on the QDK
/// simulator, which draws the outcome).
/// ## nQubits
/// Register size.
/// ## parameters
/// One parameter vector per state.
operation DumpAnsatzStates(ansatz : (Double[], Qubit[]) => Unit, nQubits : Int, parameters : Double[][]) : Unit {
    for theta in parameters {
        use qs = Qubit[nQubits];
        ansatz(theta, qs);
        DumpMachine();
        ResetAll(qs);
    }
}

/// # Summary
/// Measures ansatz(θᵢ)|0…0⟩ in each basis `shots` times, for every parameter vector.
///
/// # Input
/// ## ansatz
/// The state preparation.
/// ## nQubits
/// Register size.
/// ## parameters
/// The parameter vectors.
/// ## bases
/// One measurement basis per Pauli group, a Pauli per qubit.
/// ## shots
/// Measurements per (parameter vector, basis).
///
/// # Output
/// outcomes[i × Length(bases) + g][s]: shot s of parameter vector i in basis g, as the integer whose
/// binary digits are the results, qubit 0 the most significant (One = 1).
operation SampleInBases(ansatz : (Double[], Qubit[]) => Unit, nQubits : Int, parameters : Double[][], bases : Pauli[][], shots : Int) : Int[][] {
    Fact(shots >= 1, "SampleInBases: shots must be at least 1.");
    mutable outcomes = [];
    for theta in parameters {
        for basis in bases {
            mutable row = [0, size = shots];
            for s in 0..shots - 1 {
                use qs = Qubit[nQubits];
                ansatz(theta, qs);
                ApplyMeasurementBasis(basis, qs);
                mutable index = 0;
                for r in MResetEachZ(qs) {
                    set index = 2 * index + (r == One ? 1 | 0);
                }
                set row w/= s <- index;
            }
            set outcomes += [row];
        }
    }
    outcomes
}
