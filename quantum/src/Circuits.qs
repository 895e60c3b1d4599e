// Model circuits: how an encoding and an ansatz combine into one (features, parameters, qubits) circuit.

export ApplyEncodedAnsatz, ApplyReuploadingCircuit;

import Std.Arrays.*;
import Std.Diagnostics.*;

/// # Summary
/// Encodes the features, then applies the ansatz: the circuit of a variational classifier.
///
/// # Input
/// ## encoding
/// The feature map.
/// ## ansatz
/// The variational circuit.
/// ## features
/// The feature vector.
/// ## parameters
/// The ansatz parameters.
/// ## qubits
/// The register.
operation ApplyEncodedAnsatz(
    encoding : (Double[], Qubit[]) => Unit is Adj,
    ansatz : (Double[], Qubit[]) => Unit is Adj,
    features : Double[],
    parameters : Double[],
    qubits : Qubit[]
) : Unit is Adj {
    encoding(features, qubits);
    ansatz(parameters, qubits);
}

/// # Summary
/// A data re-uploading classifier: the encoding and an ansatz layer alternate `layers` times.
///
/// # Description
/// The parameters split into `layers` equal slices; layer l encodes the features again and then applies
/// the ansatz with slice l. Re-uploading lets a few qubits represent functions far richer than a single
/// encoding allows.
///
/// # Input
/// ## encoding
/// The feature map.
/// ## ansatz
/// The variational circuit of one layer.
/// ## layers
/// How many times the features are uploaded; Length(parameters) must be a multiple of it.
/// ## features
/// The feature vector.
/// ## parameters
/// All layers' parameters, layer after layer.
/// ## qubits
/// The register.
///
/// # References
/// A. Pérez-Salinas, A. Cervera-Lierta, E. Gil-Fuster, J. I. Latorre, "Data re-uploading for a universal
/// quantum classifier", Quantum 4, 226 (2020), arXiv:1907.02085.
operation ApplyReuploadingCircuit(
    encoding : (Double[], Qubit[]) => Unit is Adj,
    ansatz : (Double[], Qubit[]) => Unit is Adj,
    layers : Int,
    features : Double[],
    parameters : Double[],
    qubits : Qubit[]
) : Unit is Adj {
    Fact(layers >= 1 and Length(parameters) % layers == 0, $"ApplyReuploadingCircuit: {Length(parameters)} parameters do not split into {layers} layers.");
    let size = Length(parameters) / layers;
    for l in 0..layers - 1 {
        encoding(features, qubits);
        ansatz(parameters[l * size..(l + 1) * size - 1], qubits);
    }
}
