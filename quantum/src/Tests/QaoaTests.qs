// Q#-level tests of the QAOA circuit.

import Std.Diagnostics.*;
import Qaoa.*;

/// # Summary
/// At zero angles the QAOA state is |+⟩^⊗n whatever the cost.
@Test()
operation QaoaAtZeroAnglesIsUniform() : Unit {
    Fact(CheckOperationsAreEqual(3, qs => ApplyQaoaCircuit([(0, 1.0)], [(0, 1, 1.0), (1, 2, -0.5)], [0.0, 0.0, 0.0, 0.0], qs), qs => ApplyToEachA(H, qs)), "Zero angles should leave H on every qubit.");
}

/// # Summary
/// The cost layer of a single field is Rz(2γh): it applies the phase e^{∓iγh} to |0⟩ and |1⟩.
@Test()
operation CostLayerOfOneFieldIsRz() : Unit {
    Fact(CheckOperationsAreEqual(1, qs => ApplyIsingCostLayer([(0, 0.8)], [], 0.3, qs), qs => Rz(0.48, qs[0])), "The cost layer should equal Rz(2γh).");
}

/// # Summary
/// Two angles per layer.
@Test()
function QaoaParameterCountIsTwoPerLayer() : Unit {
    Fact(QaoaParameterCount(5, 3) == 6, "Depth 3 should need 6 angles.");
}
