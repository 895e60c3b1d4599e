using System.Text.Json.Nodes;
using QuantumML.Experiments.Tasks.Classification;

namespace QuantumML.Experiments.Results;

/// <summary>Where a run sits in its model's hyper-parameter sweep, and how it cross-validated.</summary>
/// <param name="Model">The swept model's name in the spec (the run's name adds the values to it).</param>
/// <param name="Method">grid or random.</param>
/// <param name="Candidate">The candidate's place in the sweep, 0-based; ties in selection go to the lower one.</param>
/// <param name="Candidates">How many candidates the sweep has.</param>
/// <param name="Values">The swept fields and this candidate's values.</param>
/// <param name="FoldAccuracies">Accuracy on each held-out fold of the training split.</param>
public sealed record SweepRecord(string Model, string Method, int Candidate, int Candidates, IReadOnlyDictionary<string, JsonNode> Values, IReadOnlyList<double> FoldAccuracies)
{
    /// <summary>The record of <paramref name="candidate"/> of the model named <paramref name="model"/> in the spec.</summary>
    public static SweepRecord Of(string model, SweepCandidate candidate, IReadOnlyList<double> foldAccuracies) =>
        new(model, candidate.Method, candidate.Index, candidate.Count, candidate.Values.ToDictionary(v => v.Key, v => v.Value.DeepClone()), foldAccuracies);
}
