// Q#-level tests of the batch drivers.

import Std.Diagnostics.*;
import Std.Math.*;
import Encodings.*;
import Ansatzes.*;
import Drivers.*;

/// # Summary
/// Circuits that prepare basis states read qubit 0 deterministically: π flips it, 0 does not.
@Test()
operation SampleCircuitOutcomesCountsDeterministicOnes() : Unit {
    let counts = SampleCircuitOutcomes(ApplyAngleEncoding, ApplyHardwareEfficientAnsatz, 2, [[PI(), 0.0], [0.0, 0.0]], [[0.0, size = 4]], 5);
    Fact(counts[0] == 5 and counts[1] == 0, $"Expected [5, 0] ones, got {counts}.");
}

/// # Summary
/// The kernel of a vector with itself is 1 in every shot: U(x)†U(x) = I.
@Test()
operation KernelEntryOfAVectorWithItselfIsOne() : Unit {
    let entries = EstimateKernelEntries(ApplyZZFeatureMap, 2, [[0.3, 2.0]], [[0.3, 2.0]], 50);
    Fact(entries[0] == 1.0, $"Expected 1.0, got {entries[0]}.");
}
