namespace QuantumML.Quantum;

/// <summary>Which simulator runs a model's circuits.</summary>
public enum QuantumEngine
{
    /// <summary>The QDK's QIR for the circuit, run by the native state-vector engine (QuantumML.Simulation) after a check
    /// against the QDK simulator; circuits it cannot run, or that fail the check, fall back to <see cref="Qdk"/>.</summary>
    Compiled,

    /// <summary>The QDK simulator itself, in its wasm interpreter: the reference, and the only engine for shots measured in
    /// Q#, noise, mid-circuit measurement and classical control.</summary>
    Qdk,
}
