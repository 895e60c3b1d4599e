// Batch drivers: evaluate many circuits in one run, so the host pays for one compilation per batch
// rather than one per circuit. A model circuit is (features, parameters, qubits) => Unit is Adj; see
// Circuits.qs for how encodings and ansatzes combine into one.

export DumpCircuitStates, DumpStates, DumpParameterShiftStates, DumpEncodedStates, SampleCircuitOutcomes, SampleZeroOutcomes, EstimateKernelEntries;

import Std.Arrays.*;
import Std.Diagnostics.*;
import Std.Math.*;
import Std.Convert.*;
import Std.Measurement.*;
import Circuits.*;

/// # Summary
/// Prepares circuit(xᵢ, θᵢ)|0…0⟩ for every pair and dumps each state.
///
/// # Description
/// Each circuit runs on a fresh register of nQubits qubits and ends with DumpMachine(), whose exact
/// amplitudes the host reads. When `parameters` holds a single vector it is used for every feature vector.
///
/// # Input
/// ## circuit
/// The model circuit.
/// ## nQubits
/// Register size.
/// ## features
/// One feature vector per circuit.
/// ## parameters
/// One parameter vector per circuit, or a single one shared by all.
operation DumpStates(
    circuit : (Double[], Double[], Qubit[]) => Unit is Adj,
    nQubits : Int,
    features : Double[][],
    parameters : Double[][]
) : Unit {
    CheckBatchShape(Length(features), Length(parameters));
    for i in IndexRange(features) {
        use qs = Qubit[nQubits];
        circuit(features[i], parameters[Length(parameters) == 1 ? 0 | i], qs);
        DumpMachine();
        ResetAll(qs);
    }
}

/// # Summary
/// Dumps the states an encoding followed by an ansatz prepares.
///
/// # Description
/// Calls the encoding and the ansatz directly (not through a partial application), so that a failing
/// Fact inside either reports its own message.
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
/// For every feature vector, dumps the state at θ and at θ ± π/2 in each parameter: everything an
/// exact parameter-shift gradient needs, in one run.
///
/// # Description
/// For sample i the dumps come in the order θ, θ + s·e₀, θ − s·e₀, θ + s·e₁, θ − s·e₁, … with s = π/2,
/// so there are 1 + 2 × Length(theta) dumps per sample. For gates exp(−iθP/2) with P a Pauli operator
/// (Rx, Ry, Rz), ∂⟨O⟩/∂θⱼ = (⟨O⟩(θ + s·eⱼ) − ⟨O⟩(θ − s·eⱼ)) / 2 exactly, when θⱼ appears in one gate.
///
/// # Input
/// ## circuit
/// The model circuit.
/// ## nQubits
/// Register size.
/// ## features
/// The feature vectors.
/// ## theta
/// The parameters at which to differentiate.
///
/// # References
/// M. Schuld, V. Bergholm, C. Gogolin, J. Izaac, N. Killoran, "Evaluating analytic gradients on quantum
/// hardware", Phys. Rev. A 99, 032331 (2019), arXiv:1811.11184.
operation DumpParameterShiftStates(
    circuit : (Double[], Double[], Qubit[]) => Unit is Adj,
    nQubits : Int,
    features : Double[][],
    theta : Double[]
) : Unit {
    let shift = PI() / 2.0;
    for x in features {
        DumpOne(circuit, nQubits, x, theta);
        for j in IndexRange(theta) {
            DumpOne(circuit, nQubits, x, theta w/ j <- theta[j] + shift);
            DumpOne(circuit, nQubits, x, theta w/ j <- theta[j] - shift);
        }
    }
}

/// # Summary
/// Dumps the state each feature vector is encoded into: the inputs of an exact fidelity kernel.
///
/// # Input
/// ## encoding
/// The feature map.
/// ## nQubits
/// Register size.
/// ## features
/// The feature vectors.
operation DumpEncodedStates(encoding : (Double[], Qubit[]) => Unit is Adj, nQubits : Int, features : Double[][]) : Unit {
    for x in features {
        use qs = Qubit[nQubits];
        encoding(x, qs);
        DumpMachine();
        ResetAll(qs);
    }
}

/// # Summary
/// Estimates fidelity-kernel entries |⟨0|U(x′)†U(x)|0⟩|² by measuring U(x′)†U(x)|0⟩ `shots` times.
///
/// # Input
/// ## encoding
/// The feature map U.
/// ## nQubits
/// Register size.
/// ## left
/// The vectors x.
/// ## right
/// The vectors x′, one per x.
/// ## shots
/// Measurements per entry.
///
/// # Output
/// For each pair, the fraction of shots in which every qubit read Zero.
operation EstimateKernelEntries(
    encoding : (Double[], Qubit[]) => Unit is Adj,
    nQubits : Int,
    left : Double[][],
    right : Double[][],
    shots : Int
) : Double[] {
    Fact(Length(left) == Length(right), "EstimateKernelEntries: left and right need the same length.");
    Fact(shots >= 1, "EstimateKernelEntries: shots must be at least 1.");
    mutable entries = [0.0, size = Length(left)];
    for i in IndexRange(left) {
        mutable zeros = 0;
        for _ in 1..shots {
            use qs = Qubit[nQubits];
            encoding(left[i], qs);
            Adjoint encoding(right[i], qs);
            if ResultArrayAsInt(MResetEachZ(qs)) == 0 {
                set zeros += 1;
            }
        }
        set entries w/= i <- IntAsDouble(zeros) / IntAsDouble(shots);
    }
    entries
}

/// # Summary
/// Prepares encoding then ansatz for every pair, `shots` times, and returns how often qubit 0 read One.
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
    let counts = SampleZeroOutcomes(ApplyEncodedAnsatz(encoding, ansatz, _, _, _), nQubits, features, parameters, shots);
    mutable ones = [];
    for c in counts {
        set ones += [shots - c[0]];
    }
    ones
}

/// # Summary
/// Runs circuit(xᵢ, θᵢ) `shots` times per pair and counts, for every qubit, the shots that read Zero.
///
/// # Input
/// ## circuit
/// The model circuit.
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
/// counts[i][k]: in how many shots qubit k read Zero for circuit i. ⟨Zₖ⟩ ≈ 2·counts[i][k]/shots − 1.
operation SampleZeroOutcomes(
    circuit : (Double[], Double[], Qubit[]) => Unit is Adj,
    nQubits : Int,
    features : Double[][],
    parameters : Double[][],
    shots : Int
) : Int[][] {
    CheckBatchShape(Length(features), Length(parameters));
    Fact(shots >= 1, "SampleZeroOutcomes: shots must be at least 1.");
    mutable counts = [];
    for i in IndexRange(features) {
        mutable zeros = [0, size = nQubits];
        for _ in 1..shots {
            use qs = Qubit[nQubits];
            circuit(features[i], parameters[Length(parameters) == 1 ? 0 | i], qs);
            let results = MResetEachZ(qs);
            for k in 0..nQubits - 1 {
                if results[k] == Zero {
                    set zeros w/= k <- zeros[k] + 1;
                }
            }
        }
        set counts += [zeros];
    }
    counts
}

internal operation DumpOne(circuit : (Double[], Double[], Qubit[]) => Unit is Adj, nQubits : Int, x : Double[], theta : Double[]) : Unit {
    use qs = Qubit[nQubits];
    circuit(x, theta, qs);
    DumpMachine();
    ResetAll(qs);
}

internal function CheckBatchShape(nFeatures : Int, nParameters : Int) : Unit {
    Fact(nParameters == 1 or nParameters == nFeatures, $"Batch drivers: {nParameters} parameter vectors for {nFeatures} feature vectors; give one, or one per feature vector.");
}
