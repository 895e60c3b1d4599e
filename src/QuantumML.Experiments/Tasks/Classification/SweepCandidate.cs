using System.Text.Json.Nodes;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>One point of a model's hyper-parameter sweep; each point is one job, cross-validated on the training split.</summary>
/// <param name="Method">grid or random.</param>
/// <param name="Index">The point's place in the sweep (0-based): the order of the grid, or of the random draws.</param>
/// <param name="Count">How many points the sweep has.</param>
/// <param name="Values">The swept fields and this point's value of each, in the spec's order.</param>
/// <param name="Folds">k of the stratified k-fold cross-validation.</param>
/// <param name="Origin">The JSON path of the sweep, e.g. <c>$.models[0].grid</c>, for messages.</param>
public sealed record SweepCandidate(string Method, int Index, int Count, IReadOnlyList<KeyValuePair<string, JsonNode>> Values, int Folds, string Origin)
{
    /// <summary>The values as in job names: <c>layers=2,learning_rate=0.1</c> (strings unquoted).</summary>
    public string Label => string.Join(",", Values.Select(v => $"{v.Key}={ValueLabel(v.Value)}"));

    /// <summary>A value as written in labels and reports: a string without its quotes, anything else as JSON.</summary>
    public static string ValueLabel(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "null";
}
