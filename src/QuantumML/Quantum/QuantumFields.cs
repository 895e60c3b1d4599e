using QuantumML.Catalogues;
using QuantumML.QSharp;
using QuantumML.Settings;

namespace QuantumML.Quantum;

/// <summary>The fields every quantum model (classifiers, VQE configurations, QAOA) shares: how outputs are obtained,
/// shots, noise and engine.</summary>
public static class QuantumFields
{
    /// <summary>How quantum outputs are obtained.</summary>
    public static ChoiceField Execution { get; } = new("execution", "exact", ["exact", "sampled", "shots"],
        "exact final states; sampled: shots drawn in C# from the exact probabilities; shots: measured in Q# (slow; the only mode with noise)");

    /// <summary>Shots per circuit in the sampling modes.</summary>
    public static WholeField Shots { get; } = new("shots", 1000, 1, 10_000_000, "shots per circuit (per measurement basis for VQE) in the sampled and shots modes");

    /// <summary>The simulator of the circuits.</summary>
    public static ChoiceField Engine { get; } = new("engine", "compiled", ["compiled", "qdk"],
        "compiled: the QDK's QIR on the native state-vector engine, checked against the QDK simulator; qdk: the QDK simulator itself");

    /// <summary>Noise after every gate (shots mode).</summary>
    public static ShapedField Noise { get; } = new("noise", "[px, py, pz] or {KIND: p}", null,
        "noise after every gate (see the noise kinds); needs execution shots, or lists levels for a noise study");

    /// <summary>The engine <paramref name="s"/> names.</summary>
    public static QuantumEngine EngineOf(SettingsReader s) => Engine.Read(s) == "qdk" ? QuantumEngine.Qdk : QuantumEngine.Compiled;

    /// <summary>The execution mode an <c>"execution"</c> value (exact, sampled or shots) names.</summary>
    public static ExecutionMode ExecutionOf(string execution, int shots, PauliNoise? noise) => execution switch
    {
        "sampled" => new ExecutionMode(ExecutionKind.SampledInHost, shots),
        "shots" => new ExecutionMode(ExecutionKind.ShotsInQSharp, shots, noise),
        _ => ExecutionMode.Exact,
    };
}
