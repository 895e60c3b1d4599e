namespace QuantumML.Simulation.Tapes;

/// <summary>The compiled engine cannot run a circuit, or does not reproduce the QDK simulator on it; the reason says why, in
/// words a user can act on, and the caller runs the circuit on the QDK simulator instead.</summary>
public sealed class CompiledEngineRefusedException(string reason) : Exception(reason)
{
    /// <summary>Why the compiled engine is not used.</summary>
    public string Reason => Message;
}
