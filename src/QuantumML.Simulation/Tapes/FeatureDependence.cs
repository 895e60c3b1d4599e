namespace QuantumML.Simulation.Tapes;

/// <summary>How a tape's angles follow the feature vector.</summary>
public enum FeatureDependence
{
    /// <summary>No angle depends on the features (or the circuit has none).</summary>
    None,

    /// <summary>Every angle is a polynomial of degree ≤ 2 in the features, found from probes and checked at random points.</summary>
    Polynomial,

    /// <summary>Some angle is not (amplitude encodings, arccos maps): the QDK compiles the circuit once per feature vector and
    /// the tape keeps each vector's angles.</summary>
    Tabulated,
}
