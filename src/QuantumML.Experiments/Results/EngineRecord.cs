using System.Text.Json.Serialization;
using QuantumML.Quantum;

namespace QuantumML.Experiments.Results;

/// <summary>Which engine ran one circuit of a job, why, and how the compiled engine compared with the QDK simulator.</summary>
/// <param name="Circuit">The Q# circuit.</param>
/// <param name="Engine">"compiled" or "qdk".</param>
/// <param name="Reason">Why the QDK simulator ran it (null when the compiled engine did).</param>
/// <param name="CheckPoints">How many random points the compiled tape was compared at, when it was.</param>
/// <param name="CheckMaxDifference">The largest amplitude difference found there (accepted up to 1e-10).</param>
/// <param name="Gates">The compiled tape's gate counts.</param>
public sealed record EngineRecord(
    string Circuit,
    string Engine,
    string? Reason,
    [property: JsonPropertyName("check_points")] int? CheckPoints,
    [property: JsonPropertyName("check_max_difference")] double? CheckMaxDifference,
    string? Gates)
{
    /// <summary>The records of an evaluator's engine uses.</summary>
    public static IReadOnlyList<EngineRecord>? Of(IReadOnlyList<EngineUse> uses) => uses.Count == 0 ? null :
        [.. uses.Select(u => new EngineRecord(u.Circuit, u.Engine, u.Reason, u.Check?.Pairs, u.Check?.MaxDifference, u.Gates))];

    /// <summary>A few words for a progress line: "compiled", or "qdk (why)".</summary>
    public static string Brief(IReadOnlyList<EngineRecord>? engines) => engines is null || engines.Count == 0 ? ""
        : engines.All(e => e.Engine == "compiled") ? "compiled engine"
        : string.Join("; ", engines.Where(e => e.Engine != "compiled").Select(e => $"qdk engine: {e.Reason}"));
}
