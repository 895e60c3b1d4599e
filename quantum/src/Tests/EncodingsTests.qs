// Q#-level tests of the encodings; the C# suite finds and runs every @Test() operation.

import Std.Diagnostics.*;
import Std.Math.*;
import Encodings.*;

/// # Summary
/// An angle of π flips its qubit and 0 leaves it: [π, 0, π] encodes |101⟩.
@Test()
operation AngleEncodingOfPiAndZeroGivesBasisState() : Unit {
    use qs = Qubit[3];
    ApplyAngleEncoding([PI(), 0.0, PI()], qs);
    X(qs[0]);
    X(qs[2]);
    Fact(CheckAllZero(qs), "ApplyAngleEncoding([π, 0, π]) should give |101⟩.");
}

/// # Summary
/// Angle encoding of one feature is exactly Ry of that feature.
@Test()
operation AngleEncodingIsRy() : Unit {
    Fact(CheckOperationsAreEqual(1, qs => ApplyAngleEncoding([0.7], qs), qs => Ry(0.7, qs[0])), "ApplyAngleEncoding([0.7]) should equal Ry(0.7).");
}

/// # Summary
/// The adjoint of the encoding undoes it.
@Test()
operation AngleEncodingAdjointUndoesIt() : Unit {
    use qs = Qubit[4];
    let x = [0.3, -1.2, 2.5, 0.01];
    ApplyAngleEncoding(x, qs);
    Adjoint ApplyAngleEncoding(x, qs);
    Fact(CheckAllZero(qs), "Adjoint ApplyAngleEncoding should return to |0000⟩.");
}
