namespace QuantumML.Landscape;

/// <summary>A scan needs the compiled engine (its adjoint gradients, or thousands of states), and the circuit runs on the
/// QDK engine; the message says why.</summary>
/// <param name="circuit">The Q# circuit.</param>
/// <param name="reason">Why the QDK engine runs it.</param>
public sealed class CompiledEngineRequiredException(string circuit, string reason)
    : InvalidOperationException($"{circuit}: a gradient-variance scan needs the compiled engine's adjoint method, but the circuit runs on the QDK engine because {reason}.")
{
    /// <summary>Why the QDK engine runs the circuit.</summary>
    public string Reason { get; } = reason;
}
