// Q#-level tests of the eigensolver drivers.

import Std.Diagnostics.*;
import Eigensolvers.*;
import VqeAnsatzes.*;

/// # Summary
/// The basis changes map the +1 eigenstates of X and Y to |0⟩.
@Test()
operation MeasurementBasisMapsPlusEigenstatesToZero() : Unit {
    use qs = Qubit[3];
    H(qs[0]);
    H(qs[1]);
    S(qs[1]);
    ApplyMeasurementBasis([PauliX, PauliY, PauliZ], qs);
    Fact(CheckAllZero(qs), "|+⟩|+i⟩|0⟩ measured in X, Y, Z should read 000.");
}

/// # Summary
/// |+⟩^⊗3 read in the X basis always gives 0; in the Z basis it gives more than one outcome.
@Test()
operation SampleInBasesReadsPlusStatesAsZeroInX() : Unit {
    let outcomes = SampleInBases(ApplyTfimHamiltonianVariational(false, _, _), 3, [[0.0, 0.0]], [[PauliX, PauliX, PauliX], [PauliZ, PauliZ, PauliZ]], 40);
    Fact(Length(outcomes) == 2, $"Expected one row per basis, got {Length(outcomes)}.");
    for s in outcomes[0] {
        Fact(s == 0, $"An X-basis outcome of |+++⟩ was {s}.");
    }
    mutable distinct = false;
    for s in outcomes[1] {
        if s != outcomes[1][0] {
            set distinct = true;
        }
    }
    Fact(distinct, "40 Z-basis shots of |+++⟩ all agreed.");
}
