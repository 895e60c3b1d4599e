// Data encodings (feature maps): each takes a feature vector and a register, (Double[], Qubit[]) => Unit is Adj.

export ApplyAngleEncoding;

import Std.Arrays.*;
import Std.Diagnostics.*;

/// # Summary
/// Encodes each feature as a Y rotation of its own qubit.
///
/// # Description
/// Prepares ⊗ⱼ Ry(xⱼ)|0⟩ = ⊗ⱼ (cos(xⱼ/2)|0⟩ + sin(xⱼ/2)|1⟩). Qubits beyond the features are left alone.
///
/// # Input
/// ## features
/// The feature vector; one angle per qubit, at most as many as there are qubits.
/// ## qubits
/// The register to encode into.
///
/// # Example
/// ```qsharp
/// use qs = Qubit[2];
/// ApplyAngleEncoding([0.0, Std.Math.PI()], qs); // |01⟩
/// ```
operation ApplyAngleEncoding(features : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    Fact(Length(features) <= Length(qubits), "ApplyAngleEncoding: more features than qubits.");
    for i in IndexRange(features) {
        Ry(features[i], qubits[i]);
    }
}
