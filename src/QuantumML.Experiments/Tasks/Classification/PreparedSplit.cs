using QuantumML.Data;
using QuantumML.Preprocessing;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>One seed's data: the split as drawn, the transforms fitted on its training part, and both parts transformed.</summary>
/// <param name="RawTrain">The training split before preprocessing.</param>
/// <param name="RawTest">The test split before preprocessing.</param>
/// <param name="Transforms">The preprocessing, fitted on <paramref name="RawTrain"/>, in the order applied.</param>
/// <param name="Train">The training split the models see.</param>
/// <param name="Test">The test split the models are scored on.</param>
public sealed record PreparedSplit(Dataset RawTrain, Dataset RawTest, IReadOnlyList<IFeatureTransform> Transforms, Dataset Train, Dataset Test)
{
    /// <summary>The test samples' groups of the spec's sensitive feature (its column taken out of the features unless kept), or null.</summary>
    public Fairness.SensitiveFeature? TestGroups { get; init; }

    /// <summary>The favourable label of the fairness metrics.</summary>
    public int PositiveClass { get; init; } = 1;
}
