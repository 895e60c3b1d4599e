namespace QuantumML.QSharp.Estimates;

/// <summary>The resource estimator's predefined physical qubit models and QEC schemes.</summary>
/// <remarks>Names as the estimator spells them (Azure Quantum docs, "Target parameters of the resource estimator"):
/// gate-based models with ns or µs gate times and 10⁻³ or 10⁻⁴ error rates, and Majorana models with 10⁻⁴ or 10⁻⁶.</remarks>
public static class QubitModels
{
    /// <summary>Every predefined qubit model.</summary>
    public static IReadOnlyList<string> Known { get; } =
        ["qubit_gate_ns_e3", "qubit_gate_ns_e4", "qubit_gate_us_e3", "qubit_gate_us_e4", "qubit_maj_ns_e4", "qubit_maj_ns_e6"];

    /// <summary>The QEC schemes: the surface code fits every model, the Floquet code only Majorana ones.</summary>
    public static IReadOnlyList<string> KnownQecSchemes { get; } = ["surface_code", "floquet_code"];

    /// <summary>A default comparison: a fast gate-based machine against a Majorana one with better qubits.</summary>
    public static IReadOnlyList<string> DefaultComparison { get; } = ["qubit_gate_ns_e3", "qubit_maj_ns_e6"];

    /// <summary>Whether <paramref name="name"/> is a predefined model (case-sensitive, as the estimator reads it).</summary>
    public static bool IsKnown(string name) => Known.Contains(name, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="name"/> is a Majorana model.</summary>
    public static bool IsMajorana(string name) => name.StartsWith("qubit_maj_", StringComparison.Ordinal);
}
