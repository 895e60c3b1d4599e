// Data encodings (feature maps): each takes a feature vector and a register, (Double[], Qubit[]) => Unit is Adj.

export ApplyAngleEncoding, ApplyDenseAngleEncoding, ApplyZZFeatureMap, ApplyAmplitudeEncoding;

import Std.Arrays.*;
import Std.Diagnostics.*;
import Std.Math.*;
import Std.StatePreparation.*;

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

/// # Summary
/// Encodes two features per qubit: Ry of the first, then Rz of the second.
///
/// # Description
/// Qubit j gets Rz(x₂ⱼ₊₁) Ry(x₂ⱼ)|0⟩, a point on the whole Bloch sphere; an odd last feature gets Ry only.
///
/// # Input
/// ## features
/// The feature vector; at most 2 × Length(qubits) values.
/// ## qubits
/// The register to encode into.
operation ApplyDenseAngleEncoding(features : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    Fact(Length(features) <= 2 * Length(qubits), "ApplyDenseAngleEncoding: more than two features per qubit.");
    for i in IndexRange(features) {
        if i % 2 == 0 {
            Ry(features[i], qubits[i / 2]);
        } else {
            Rz(features[i], qubits[i / 2]);
        }
    }
}

/// # Summary
/// The second-order Pauli-Z feature map of Havlicek et al., with two repetitions.
///
/// # Description
/// Applies (U_Φ(x) H^⊗n)² with U_Φ(x) = exp(i Σⱼ xⱼ Zⱼ + i Σⱼ<ₖ (π − xⱼ)(π − xₖ) ZⱼZₖ), one qubit per
/// feature. Each ZⱼZₖ phase is a CNOT-Rz-CNOT ladder; exp(iφZ) is Rz(−2φ).
///
/// # Input
/// ## features
/// The feature vector; one value per qubit, typically in [0, 2π).
/// ## qubits
/// The register to encode into.
///
/// # References
/// V. Havlicek et al., "Supervised learning with quantum-enhanced feature spaces", Nature 567, 209 (2019),
/// arXiv:1804.11326.
operation ApplyZZFeatureMap(features : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    let n = Length(features);
    Fact(n <= Length(qubits), "ApplyZZFeatureMap: more features than qubits.");
    for _ in 1..2 {
        for j in 0..n - 1 {
            H(qubits[j]);
        }
        for j in 0..n - 1 {
            Rz(-2.0 * features[j], qubits[j]);
        }
        for j in 0..n - 2 {
            for k in j + 1..n - 1 {
                CNOT(qubits[j], qubits[k]);
                Rz(-2.0 * (PI() - features[j]) * (PI() - features[k]), qubits[k]);
                CNOT(qubits[j], qubits[k]);
            }
        }
    }
}

/// # Summary
/// Encodes the normalized feature vector as the amplitudes of the register.
///
/// # Description
/// Prepares Σᵢ (xᵢ/‖x‖)|i⟩ with basis states in big-endian order (qubit 0 most significant); vectors
/// shorter than 2ⁿ are padded with zeros.
///
/// # Input
/// ## features
/// The feature vector; at most 2^Length(qubits) values, not all zero.
/// ## qubits
/// The register to encode into.
operation ApplyAmplitudeEncoding(features : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    Fact(Length(features) <= 2^Length(qubits), "ApplyAmplitudeEncoding: more features than amplitudes.");
    Fact(PNorm(2.0, features) > 0.0, "ApplyAmplitudeEncoding: the feature vector is zero.");
    PreparePureStateD(features, qubits);
}
