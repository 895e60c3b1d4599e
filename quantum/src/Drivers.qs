// Batch drivers: evaluate many (features, parameters) pairs of an encoding and an ansatz in one run,
// so the host pays for one compilation per batch rather than one per circuit.

export DumpCircuitStates, SampleCircuitOutcomes;

import Std.Arrays.*;
import Std.Diagnostics.*;

/// # Summary
/// Prepares ansatz(θᵢ) · encoding(xᵢ) |0…0⟩ for every pair and dumps each state.
///
/// # Description
/// Each circuit runs on a fresh register of nQubits qubits and ends with DumpMachine(), whose exact
/// amplitudes the host reads. When `parameters` holds a single vector it is used for every feature vector.
///
/// # Input
/// ## encoding
/// The feature map.
/// ## ansatz
/// The variational circuit.
/// ## nQubits
/// Register size.
/// ## features
/// One feature vector per circuit.
/// ## parameters
/// One parameter vector per circuit, or a single one shared by all.
operation DumpCircuitStates(
    encoding : (Double[], Qubit[]) => Unit is Adj,
    ansatz : (Double[], Qubit[]) => Unit is Adj,
    nQubits : Int,
    features : Double[][],
    parameters : Double[][]
) : Unit {
    CheckBatchShape(Length(features), Length(parameters));
    for i in IndexRange(features) {
        use qs = Qubit[nQubits];
        encoding(features[i], qs);
        ansatz(parameters[Length(parameters) == 1 ? 0 | i], qs);
        DumpMachine();
        ResetAll(qs);
    }
}

/// # Summary
/// Prepares ansatz(θᵢ) · encoding(xᵢ) |0…0⟩ for every pair, `shots` times, and returns how often qubit 0 read One.
///
/// # Input
/// ## encoding
/// The feature map.
/// ## ansatz
/// The variational circuit.
/// ## nQubits
/// Register size.
/// ## features
/// One feature vector per circuit.
/// ## parameters
/// One parameter vector per circuit, or a single one shared by all.
/// ## shots
/// Measurements per circuit.
///
/// # Output
/// For each circuit, the number of shots in which qubit 0 was measured One.
operation SampleCircuitOutcomes(
    encoding : (Double[], Qubit[]) => Unit is Adj,
    ansatz : (Double[], Qubit[]) => Unit is Adj,
    nQubits : Int,
    features : Double[][],
    parameters : Double[][],
    shots : Int
) : Int[] {
    CheckBatchShape(Length(features), Length(parameters));
    Fact(shots >= 1, "SampleCircuitOutcomes: shots must be at least 1.");
    mutable ones = [0, size = Length(features)];
    for i in IndexRange(features) {
        for _ in 1..shots {
            use qs = Qubit[nQubits];
            encoding(features[i], qs);
            ansatz(parameters[Length(parameters) == 1 ? 0 | i], qs);
            if MResetZ(qs[0]) == One {
                set ones w/= i <- ones[i] + 1;
            }
            ResetAll(qs);
        }
    }
    ones
}

function CheckBatchShape(nFeatures : Int, nParameters : Int) : Unit {
    Fact(nParameters == 1 or nParameters == nFeatures, $"Batch drivers: {nParameters} parameter vectors for {nFeatures} feature vectors; give one, or one per feature vector.");
}
