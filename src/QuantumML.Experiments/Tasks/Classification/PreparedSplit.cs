using QuantumML.Data;
using QuantumML.Preprocessing;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>One seed's data: the split as drawn, the transforms fitted on its training part, and both parts transformed.</summary>
/// <param name="RawTrain">The training split before preprocessing.</param>
/// <param name="RawTest">The test split before preprocessing.</param>
/// <param name="Transforms">The preprocessing, fitted on <paramref name="RawTrain"/>, in the order applied.</param>
/// <param name="Train">The training split the models see.</param>
/// <param name="Test">The test split the models are scored on.</param>
public sealed record PreparedSplit(Dataset RawTrain, Dataset RawTest, IReadOnlyList<IFeatureTransform> Transforms, Dataset Train, Dataset Test);
