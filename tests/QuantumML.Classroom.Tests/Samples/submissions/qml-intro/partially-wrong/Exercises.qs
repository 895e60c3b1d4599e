// Partially wrong: four exercises have a mistake students make.

import Std.Arrays.*;
import Std.Convert.*;
import Std.Math.*;
import Std.Measurement.*;

/// # Summary
/// Basis encoding: prepares |b₀b₁…⟩ from |0…0⟩, flipping qubit j when bits[j] is true.
operation PrepareBasisState(bits : Bool[], qubits : Qubit[]) : Unit is Adj + Ctl {
    for j in IndexRange(bits) {
        if bits[j] {
            X(qubits[j]);
        }
    }
}

/// # Summary
/// Angle encoding: Ry(xⱼ) on qubit j, so qubit j holds cos(xⱼ/2)|0⟩ + sin(xⱼ/2)|1⟩.
operation ApplyAngleEncoding(features : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    for j in IndexRange(features) {
        Rx(features[j], qubits[j]);
    }
}

/// # Summary
/// A rotation layer on n qubits: Ry(θⱼ) then Rz(θₙ₊ⱼ) on qubit j.
operation ApplyRotationLayer(parameters : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    let n = Length(qubits);
    for j in 0..n - 1 {
        Ry(parameters[j], qubits[j]);
        R1(parameters[n + j], qubits[j]);
    }
}

/// # Summary
/// An entangling layer: a chain of CNOTs, CNOT(q₀, q₁), CNOT(q₁, q₂), …
operation ApplyEntanglingLayer(qubits : Qubit[]) : Unit is Adj + Ctl {
    for j in 0..Length(qubits) - 2 {
        CNOT(qubits[j], qubits[j + 1]);
    }
}

/// # Summary
/// The swap test of the angle-encoded states of x and y: measures Zero with probability (1 + |⟨ψₓ|ψᵧ⟩|²) / 2.
operation SwapTest(x : Double[], y : Double[]) : Result {
    use (a, b, ancilla) = (Qubit[Length(x)], Qubit[Length(y)], Qubit());
    ApplyAngleEncoding(x, a);
    ApplyAngleEncoding(y, b);
    H(ancilla);
    for j in IndexRange(a) {
        Controlled SWAP([ancilla], (a[j], b[j]));
    }
    let result = MResetZ(ancilla);
    ResetAll(a + b);
    result
}

/// # Summary
/// The state whose ⟨Z⟩ on the last qubit EstimateExpectationZ estimates: angle encoding, then the entangling layer.
operation PrepareExpectationState(features : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    ApplyAngleEncoding(features, qubits);
    ApplyEntanglingLayer(qubits);
}

/// # Summary
/// Estimates ⟨Z⟩ of the last qubit of PrepareExpectationState(features) from `shots` measurements.
operation EstimateExpectationZ(features : Double[], shots : Int) : Double {
    let n = Length(features);
    mutable sum = 0;
    for _ in 1..shots {
        use qs = Qubit[n];
        PrepareExpectationState(features, qs);
        set sum += MResetZ(qs[n - 1]) == Zero ? 1 | -1;
        ResetAll(qs);
    }
    IntAsDouble(sum) / IntAsDouble(shots)
}

/// # Summary
/// The model circuit whose gradient EstimateGradient estimates: the rotation layer, then the entangling layer.
operation ApplyModelCircuit(theta : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    ApplyRotationLayer(theta, qubits);
    ApplyEntanglingLayer(qubits);
}

/// # Summary
/// Estimates ⟨Z⟩ of qubit 1 after ApplyModelCircuit(theta) on 2 qubits, from `shots` measurements.
operation EstimateModelExpectation(theta : Double[], shots : Int) : Double {
    mutable sum = 0;
    for _ in 1..shots {
        use qs = Qubit[2];
        ApplyModelCircuit(theta, qs);
        set sum += MResetZ(qs[1]) == Zero ? 1 | -1;
        ResetAll(qs);
    }
    IntAsDouble(sum) / IntAsDouble(shots)
}

/// # Summary
/// The parameter-shift gradient of ⟨Z₁⟩ after ApplyModelCircuit(theta) on 2 qubits: (⟨Z₁⟩(θ + π/2·eⱼ) − ⟨Z₁⟩(θ − π/2·eⱼ)) / 2.
operation EstimateGradient(theta : Double[], shots : Int) : Double[] {
    mutable gradient = [];
    for j in IndexRange(theta) {
        let plus = EstimateModelExpectation(theta w/ j <- theta[j] + PI() / 2.0, shots);
        let minus = EstimateModelExpectation(theta w/ j <- theta[j] - PI() / 2.0, shots);
        set gradient += [(plus - minus) / 2.0];
    }
    gradient
}

/// # Summary
/// The QAOA cost layer exp(−iγC) of MaxCut, C = Σ₍ᵢ,ⱼ₎ (1 − ZᵢZⱼ)/2: up to a global phase, Rzz(−γ) on every edge.
operation ApplyMaxCutCostLayer(edges : (Int, Int)[], gamma : Double, qubits : Qubit[]) : Unit is Adj {
    for (i, j) in edges {
        Rzz(-gamma, qubits[i], qubits[j]);
    }
}

/// # Summary
/// The number of edges whose ends are on different sides of the cut `bits`.
function CutValue(edges : (Int, Int)[], bits : Bool[]) : Int {
    mutable cut = 0;
    for (i, j) in edges {
        if bits[i] == bits[j] {
            set cut += 1;
        }
    }
    cut
}
