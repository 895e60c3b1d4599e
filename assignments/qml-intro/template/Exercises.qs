// qml-intro: quantum machine learning building blocks in Q#.
//
// Write each operation or function below where it says "Your code here"; keep its name and signature.
// Check your work as you go with `qml eval`, for example (from this folder):
//     qml eval "Exercises.CutValue([(0, 1)], [true, false])" --project .    (after adding a qsharp.json)
// Your teacher grades the whole file with `qml grade`.

import Std.Arrays.*;
import Std.Convert.*;
import Std.Math.*;
import Std.Measurement.*;

/// # Summary
/// Exercise basis-encoding: prepare the basis state |b₀b₁…⟩ from |0…0⟩.
///
/// # Description
/// Qubit j must end in |1⟩ when bits[j] is true, and stay in |0⟩ otherwise. This is how a bit string is
/// loaded into a quantum computer (basis encoding).
operation PrepareBasisState(bits : Bool[], qubits : Qubit[]) : Unit is Adj + Ctl {
    // Your code here.
}

/// # Summary
/// Exercise angle-encoding: encode feature xⱼ as the angle of a Y rotation of qubit j.
///
/// # Description
/// From |0…0⟩, qubit j must end in cos(xⱼ/2)|0⟩ + sin(xⱼ/2)|1⟩. There are as many features as qubits.
operation ApplyAngleEncoding(features : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    // Your code here.
}

/// # Summary
/// Exercise rotation-layer: the trainable layer of a variational circuit on n qubits.
///
/// # Description
/// There are 2n parameters. Apply Ry(θⱼ) and then Rz(θₙ₊ⱼ) to qubit j, for every j.
operation ApplyRotationLayer(parameters : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    // Your code here.
}

/// # Summary
/// Exercise entangling-layer: entangle neighbouring qubits.
///
/// # Description
/// Apply CNOT(q₀, q₁), then CNOT(q₁, q₂), and so on up to CNOT(qₙ₋₂, qₙ₋₁).
operation ApplyEntanglingLayer(qubits : Qubit[]) : Unit is Adj + Ctl {
    // Your code here.
}

/// # Summary
/// Exercise swap-test: the swap test, the quantum kernel of two feature vectors.
///
/// # Description
/// Angle-encode x on one register and y on another (one qubit per feature), put an auxiliary qubit in
/// |+⟩, apply a SWAP of the two registers controlled on it, apply H to it and measure it. It reads Zero with
/// probability (1 + |⟨ψₓ|ψᵧ⟩|²) / 2. Return that measurement, and leave every qubit in |0⟩.
operation SwapTest(x : Double[], y : Double[]) : Result {
    // Your code here.
    fail "SwapTest is not written yet";
}

/// # Summary
/// Exercise expectation-z: estimate an expectation value from measurements.
///
/// # Description
/// On Length(features) qubits, apply ApplyAngleEncoding(features) and then ApplyEntanglingLayer. Measuring
/// the last qubit in the Z basis gives +1 (Zero) or −1 (One); return the average of `shots` such
/// measurements, each on a freshly prepared state: an estimate of ⟨Z⟩ of the last qubit.
operation EstimateExpectationZ(features : Double[], shots : Int) : Double {
    // Your code here.
    fail "EstimateExpectationZ is not written yet";
}

/// # Summary
/// Exercise parameter-shift: the gradient a variational classifier trains with.
///
/// # Description
/// The model circuit on 2 qubits is ApplyRotationLayer(θ) followed by ApplyEntanglingLayer, and its
/// output is ⟨Z⟩ of qubit 1. Return the gradient of that output with respect to each of the 4 angles,
/// by the parameter-shift rule: ∂ⱼ⟨Z⟩ = (⟨Z⟩(θ + π/2·eⱼ) − ⟨Z⟩(θ − π/2·eⱼ)) / 2, where each ⟨Z⟩ is
/// estimated from `shots` measurements.
operation EstimateGradient(theta : Double[], shots : Int) : Double[] {
    // Your code here.
    fail "EstimateGradient is not written yet";
}

/// # Summary
/// Exercise qaoa-cost-layer: the cost layer of QAOA for MaxCut.
///
/// # Description
/// For a graph with the given edges, the cost C = Σ₍ᵢ,ⱼ₎ (1 − ZᵢZⱼ)/2 counts the edges a cut separates.
/// Apply exp(−iγC) to the register (one qubit per vertex). A global phase does not matter.
operation ApplyMaxCutCostLayer(edges : (Int, Int)[], gamma : Double, qubits : Qubit[]) : Unit is Adj {
    // Your code here.
}

/// # Summary
/// Exercise cut-value: the classical value QAOA maximizes.
///
/// # Description
/// Return how many edges have their two ends on different sides of the cut, vertex i being on side bits[i].
function CutValue(edges : (Int, Int)[], bits : Bool[]) : Int {
    // Your code here.
    fail "CutValue is not written yet";
}
