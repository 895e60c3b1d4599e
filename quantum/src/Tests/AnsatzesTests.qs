// Q#-level tests of the ansatzes.

import Std.Diagnostics.*;
import Ansatzes.*;
import Std.Convert.*;

/// # Summary
/// The parameter count is two angles per qubit and layer.
@Test()
function HardwareEfficientParameterCountIsTwoPerQubitAndLayer() : Unit {
    Fact(HardwareEfficientParameterCount(4, 3) == 24, "4 qubits × 3 layers should need 24 parameters.");
    Fact(HardwareEfficientParameterCount(1, 0) == 0, "No layers should need no parameters.");
}

/// # Summary
/// With all angles zero, each layer of the hardware-efficient ansatz is just its CNOT chain.
@Test()
operation HardwareEfficientWithZeroAnglesIsCnotChains() : Unit {
    Fact(CheckOperationsAreEqual(3, qs => ApplyHardwareEfficientAnsatz([0.0, size = 12], qs), ApplyTwoCnotChains), "Zero angles should leave only the CNOT chains.");
}

internal operation ApplyTwoCnotChains(qs : Qubit[]) : Unit is Adj {
    for _ in 1..2 {
        CNOT(qs[0], qs[1]);
        CNOT(qs[1], qs[2]);
    }
}

/// # Summary
/// The adjoint of the ansatz undoes it for arbitrary angles.
@Test()
operation HardwareEfficientAdjointUndoesIt() : Unit {
    use qs = Qubit[3];
    let theta = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, -0.7, 0.8, -0.9, 1.0, 1.1, 1.2];
    ApplyHardwareEfficientAnsatz(theta, qs);
    Adjoint ApplyHardwareEfficientAnsatz(theta, qs);
    Fact(CheckAllZero(qs), "Adjoint ApplyHardwareEfficientAnsatz should return to |000⟩.");
}

/// # Summary
/// The strongly entangling ansatz needs three angles per qubit and layer.
@Test()
function StronglyEntanglingParameterCountIsThreePerQubitAndLayer() : Unit {
    Fact(StronglyEntanglingParameterCount(4, 2) == 24, "4 qubits × 2 layers should need 24 parameters.");
}

/// # Summary
/// With all angles zero, one strongly entangling layer on three qubits is its CNOT ring of range 1.
@Test()
operation StronglyEntanglingWithZeroAnglesIsACnotRing() : Unit {
    Fact(CheckOperationsAreEqual(3, qs => ApplyStronglyEntanglingAnsatz([0.0, size = 9], qs), ApplyCnotRing), "Zero angles should leave only the CNOT ring.");
}

/// # Summary
/// The adjoint of the strongly entangling ansatz undoes it for arbitrary angles.
@Test()
operation StronglyEntanglingAdjointUndoesIt() : Unit {
    use qs = Qubit[3];
    mutable theta = [];
    for k in 0..17 {
        set theta += [0.1 * IntAsDouble(k) - 0.8];
    }
    ApplyStronglyEntanglingAnsatz(theta, qs);
    Adjoint ApplyStronglyEntanglingAnsatz(theta, qs);
    Fact(CheckAllZero(qs), "Adjoint ApplyStronglyEntanglingAnsatz should return to |000⟩.");
}

internal operation ApplyCnotRing(qs : Qubit[]) : Unit is Adj {
    CNOT(qs[0], qs[1]);
    CNOT(qs[1], qs[2]);
    CNOT(qs[2], qs[0]);
}
