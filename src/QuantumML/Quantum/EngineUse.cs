using QuantumML.Simulation.Checks;

namespace QuantumML.Quantum;

/// <summary>Which engine ran one circuit of a model, and why.</summary>
/// <param name="Circuit">The Q# circuit (its callable expression).</param>
/// <param name="Engine">"compiled" or "qdk".</param>
/// <param name="Reason">Why the QDK ran it, or null when the compiled engine did.</param>
/// <param name="Check">How the compiled tape compared with the QDK simulator, when it was checked.</param>
/// <param name="Gates">The tape's gate counts, e.g. "cx 3, ry 6", when compiled.</param>
public sealed record EngineUse(string Circuit, string Engine, string? Reason = null, EquivalenceReport? Check = null, string? Gates = null)
{
    /// <summary>One line for logs and reports.</summary>
    public override string ToString() => Engine == "compiled"
        ? $"{Circuit}: compiled ({Gates}); matches the QDK simulator at {Check?.Pairs} points to {Check?.MaxDifference:0.0e0}"
        : $"{Circuit}: qdk, because {Reason}";
}
