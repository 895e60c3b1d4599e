// Thirty entangled qubits: in the angle encoding (traced) and in SwapTest (simulated, since it branches on a measurement).

import Std.Arrays.*;
import Std.Convert.*;
import Std.Math.*;
import Std.Measurement.*;

operation PrepareBasisState(bits : Bool[], qubits : Qubit[]) : Unit is Adj + Ctl {
    for (bit, qubit) in Zipped(bits, qubits) {
        if bit {
            X(qubit);
        }
    }
}

operation ApplyAngleEncoding(features : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    // Right answer, but with 30 qubits entangled on the side (and disentangled again).
    use wide = Qubit[30];
    within {
        ApplyToEachCA(H, wide);
        for j in 1..29 {
            CZ(wide[j - 1], wide[j]);
        }
    } apply {
        for j in IndexRange(features) {
            R(PauliY, features[j], qubits[j]);
        }
    }
}

operation ApplyRotationLayer(parameters : Double[], qubits : Qubit[]) : Unit is Adj + Ctl {
    let n = Length(qubits);
    for j in 0..n - 1 {
        Ry(parameters[j], qubits[j]);
    }
    for j in 0..n - 1 {
        Rz(parameters[n + j], qubits[j]);
    }
}

operation ApplyEntanglingLayer(qubits : Qubit[]) : Unit is Adj + Ctl {
    for j in 0..Length(qubits) - 2 {
        within {
            H(qubits[j + 1]);
        } apply {
            CZ(qubits[j], qubits[j + 1]);
        }
    }
}

operation SwapTest(x : Double[], y : Double[]) : Result {
    use wide = Qubit[30];
    for q in wide {
        H(q);
    }
    for j in 1..29 {
        CZ(wide[j - 1], wide[j]);
    }
    for q in wide {
        T(q);
        H(q);
    }
    if M(wide[0]) == One {
        Message("one");
    }
    ResetAll(wide);
    use ancilla = Qubit();
    use a = Qubit[Length(x)];
    use b = Qubit[Length(y)];
    ApplyAngleEncoding(x, a);
    ApplyAngleEncoding(y, b);
    within {
        H(ancilla);
    } apply {
        for j in IndexRange(a) {
            Controlled SWAP([ancilla], (a[j], b[j]));
        }
    }
    let result = M(ancilla);
    Reset(ancilla);
    ResetAll(a);
    ResetAll(b);
    return result;
}

operation EstimateExpectationZ(features : Double[], shots : Int) : Double {
    let n = Length(features);
    mutable ones = 0;
    for _ in 1..shots {
        use qs = Qubit[n];
        ApplyAngleEncoding(features, qs);
        ApplyEntanglingLayer(qs);
        if MResetZ(qs[n - 1]) == One {
            set ones += 1;
        }
        ResetAll(qs);
    }
    1.0 - 2.0 * IntAsDouble(ones) / IntAsDouble(shots)
}

operation ExpectationOfModel(theta : Double[], shots : Int) : Double {
    mutable sum = 0;
    for _ in 1..shots {
        use qs = Qubit[2];
        ApplyRotationLayer(theta, qs);
        ApplyEntanglingLayer(qs);
        set sum += MResetZ(qs[1]) == Zero ? 1 | -1;
        ResetAll(qs);
    }
    IntAsDouble(sum) / IntAsDouble(shots)
}

operation EstimateGradient(theta : Double[], shots : Int) : Double[] {
    ShiftGradient(theta, shots, PI() / 2.0)
}

operation ShiftGradient(theta : Double[], shots : Int, shift : Double) : Double[] {
    mutable gradient = [0.0, size = Length(theta)];
    for j in IndexRange(theta) {
        let plus = ExpectationOfModel(theta w/ j <- theta[j] + shift, shots);
        let minus = ExpectationOfModel(theta w/ j <- theta[j] - shift, shots);
        set gradient w/= j <- 0.5 * (plus - minus);
    }
    gradient
}

// exp(−iγC) exactly, global phase included: each edge contributes exp(−iγ/2) exp(+iγ ZᵢZⱼ/2).
operation ApplyMaxCutCostLayer(edges : (Int, Int)[], gamma : Double, qubits : Qubit[]) : Unit is Adj {
    for (i, j) in edges {
        R(PauliI, gamma, qubits[i]);
        within {
            CNOT(qubits[i], qubits[j]);
        } apply {
            Rz(-gamma, qubits[j]);
        }
    }
}

function CutValue(edges : (Int, Int)[], bits : Bool[]) : Int {
    Length(Filtered((i, j) -> bits[i] != bits[j], edges))
}
