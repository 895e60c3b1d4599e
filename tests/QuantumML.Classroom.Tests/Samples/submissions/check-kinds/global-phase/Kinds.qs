// Off by a global phase where the signature has no Ctl (which makes the phase unobservable): full marks.

import Std.Convert.*;
import Std.Math.*;

operation ApplyLayer(theta : Double, qs : Qubit[]) : Unit is Adj + Ctl {
    Ry(theta, qs[0]);
    CNOT(qs[0], qs[1]);
    S(qs[1]);
}

operation ApplyCost(gamma : Double, qs : Qubit[]) : Unit is Adj {
    R(PauliI, 0.9, qs[0]);
    Rzz(2.0 * gamma, qs[0], qs[1]);
}

operation PrepareState(qs : Qubit[]) : Unit {
    H(qs[0]);
    CNOT(qs[0], qs[1]);
    S(qs[1]);
    R(PauliI, -2.1, qs[1]);
}

operation Encode(x : Double[], qs : Qubit[]) : Unit is Adj {
    for j in 0..Length(x) - 1 {
        Ry(x[j], qs[j]);
        R(PauliI, 0.3, qs[j]);
    }
}

operation Ansatz(t : Double[], qs : Qubit[]) : Unit is Adj + Ctl {
    Ry(t[0], qs[0]);
    Ry(t[1], qs[1]);
    CNOT(qs[0], qs[1]);
}

function Angle(p : Double) : Double {
    2.0 * ArcSin(Sqrt(p))
}

operation Coin(theta : Double) : Result {
    use q = Qubit();
    Ry(theta, q);
    MResetZ(q)
}

operation EstimateZZ(x : Double[], shots : Int) : Double {
    mutable sum = 0;
    for _ in 1..shots {
        use qs = Qubit[2];
        Encode(x, qs);
        let parity = (MResetZ(qs[0]) == One) != (MResetZ(qs[1]) == One);
        set sum += parity ? -1 | 1;
    }
    IntAsDouble(sum) / IntAsDouble(shots)
}

operation Z1(t : Double[], shots : Int) : Double {
    mutable sum = 0;
    for _ in 1..shots {
        use qs = Qubit[2];
        Ansatz(t, qs);
        set sum += MResetZ(qs[1]) == Zero ? 1 | -1;
        ResetAll(qs);
    }
    IntAsDouble(sum) / IntAsDouble(shots)
}

operation Gradient(t : Double[], shots : Int) : Double[] {
    mutable g = [];
    for j in 0..Length(t) - 1 {
        set g += [(Z1(t w/ j <- t[j] + PI() / 2.0, shots) - Z1(t w/ j <- t[j] - PI() / 2.0, shots)) / 2.0];
    }
    g
}
