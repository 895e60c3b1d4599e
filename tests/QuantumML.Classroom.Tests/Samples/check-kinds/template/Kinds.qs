operation ApplyLayer(theta : Double, qs : Qubit[]) : Unit is Adj + Ctl {}
operation ApplyCost(gamma : Double, qs : Qubit[]) : Unit is Adj {}
operation PrepareState(qs : Qubit[]) : Unit {}
operation Encode(x : Double[], qs : Qubit[]) : Unit is Adj {}
operation Ansatz(t : Double[], qs : Qubit[]) : Unit is Adj + Ctl {}
function Angle(p : Double) : Double { 0.0 }
operation Coin(theta : Double) : Result { One }
operation EstimateZZ(x : Double[], shots : Int) : Double { 0.0 }
operation Gradient(t : Double[], shots : Int) : Double[] { [0.0, 0.0] }
