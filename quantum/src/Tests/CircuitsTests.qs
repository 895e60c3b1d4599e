// Q#-level tests of the model circuits.

import Std.Diagnostics.*;
import Encodings.*;
import Ansatzes.*;
import Circuits.*;

/// # Summary
/// Re-uploading once is the same circuit as encoding then ansatz.
@Test()
operation ReuploadingOnceIsEncodeThenAnsatz() : Unit {
    let x = [0.3, 1.4];
    let theta = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
    Fact(CheckOperationsAreEqual(2,
        qs => ApplyReuploadingCircuit(ApplyAngleEncoding, ApplyStronglyEntanglingAnsatz, 1, x, theta, qs),
        qs => ApplyEncodedAnsatz(ApplyAngleEncoding, ApplyStronglyEntanglingAnsatz, x, theta, qs)), "One upload should equal encode-then-ansatz.");
}

/// # Summary
/// Two uploads apply encoding and ansatz twice, each layer with its own half of the parameters.
@Test()
operation ReuploadingTwiceAlternatesEncodingAndLayers() : Unit {
    let x = [0.3, 1.4];
    let theta = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, -0.1, -0.2, -0.3, -0.4, -0.5, -0.6];
    Fact(CheckOperationsAreEqual(2,
        qs => ApplyReuploadingCircuit(ApplyAngleEncoding, ApplyStronglyEntanglingAnsatz, 2, x, theta, qs),
        qs => {
            ApplyEncodedAnsatz(ApplyAngleEncoding, ApplyStronglyEntanglingAnsatz, x, theta[0..5], qs);
            ApplyEncodedAnsatz(ApplyAngleEncoding, ApplyStronglyEntanglingAnsatz, x, theta[6..11], qs);
        }), "Two uploads should alternate encoding and ansatz layers.");
}
