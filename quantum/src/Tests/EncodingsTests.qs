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

/// # Summary
/// Dense angle encoding of [a, b] on one qubit is Ry(a) followed by Rz(b).
@Test()
operation DenseAngleEncodingIsRyThenRz() : Unit {
    Fact(CheckOperationsAreEqual(1, qs => ApplyDenseAngleEncoding([0.7, -1.1], qs), qs => { Ry(0.7, qs[0]); Rz(-1.1, qs[0]); }), "ApplyDenseAngleEncoding([a, b]) should equal Rz(b)·Ry(a).");
}

/// # Summary
/// At x = (π, π) every phase of the ZZ map is global (Rz(−2π) = −I and (π − π)² = 0), so the map
/// reduces to H·H = I twice and leaves |00⟩ in place.
@Test()
operation ZZFeatureMapAtPiPiIsTheIdentityOnZero() : Unit {
    use qs = Qubit[2];
    ApplyZZFeatureMap([PI(), PI()], qs);
    Fact(CheckAllZero(qs), "ApplyZZFeatureMap([π, π]) should leave |00⟩.");
}

/// # Summary
/// The adjoint of the ZZ feature map undoes it.
@Test()
operation ZZFeatureMapAdjointUndoesIt() : Unit {
    use qs = Qubit[3];
    let x = [0.4, 2.2, 5.1];
    ApplyZZFeatureMap(x, qs);
    Adjoint ApplyZZFeatureMap(x, qs);
    Fact(CheckAllZero(qs), "Adjoint ApplyZZFeatureMap should return to |000⟩.");
}

/// # Summary
/// Amplitude encoding of a basis vector prepares that basis state, big-endian: [0, 0, 0, 1] is |11⟩.
@Test()
operation AmplitudeEncodingOfABasisVectorIsThatBasisState() : Unit {
    use qs = Qubit[2];
    ApplyAmplitudeEncoding([0.0, 0.0, 0.0, 5.0], qs);
    X(qs[0]);
    X(qs[1]);
    Fact(CheckAllZero(qs), "ApplyAmplitudeEncoding([0, 0, 0, 5]) should give |11⟩.");
}
