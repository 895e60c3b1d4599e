using QuantumML.Data;
using QuantumML.Persistence;

namespace QuantumML.Baselines;

/// <summary>What a trained <see cref="KNearestNeighbors"/> keeps: the training samples it votes from.</summary>
/// <param name="Features">The training rows, in training order (which breaks distance ties).</param>
/// <param name="Labels">The class of each row.</param>
public sealed record KNearestNeighborsState(double[][] Features, int[] Labels);

public sealed partial class KNearestNeighbors : IPersistentClassifier
{
    /// <summary>The kind in model files.</summary>
    internal const string Kind = "knn";

    /// <inheritdoc/>
    public ModelSnapshot Snapshot()
    {
        var train = _train ?? throw BaselineChecks.NotFitted(Name);
        return new ModelSnapshot(Kind, Options, new KNearestNeighborsState(train.Features.Select(r => r.ToArray()).ToArray(), [.. train.Labels]), []);
    }

    /// <summary>The model that learnt <paramref name="state"/>.</summary>
    internal static KNearestNeighbors Restore(KNearestNeighborsOptions options, KNearestNeighborsState state, RestoreContext context)
    {
        RestoreContext.CheckMatrix(state.Features, context.FeatureCount, "$.parameters.features");
        if (state.Labels.Length != state.Features.Length)
            throw ModelFileException.At("$.parameters.labels", $"has {state.Labels.Length} labels for {state.Features.Length} rows");
        var bad = Array.FindIndex(state.Labels, l => l < 0 || l >= context.ClassCount);
        if (bad >= 0) throw ModelFileException.At($"$.parameters.labels[{bad}]", $"is {state.Labels[bad]}, not a class index (0 to {context.ClassCount - 1})");
        var names = Enumerable.Range(0, context.FeatureCount).Select(j => $"f{j}").ToArray();
        return new KNearestNeighbors(options)
        {
            _train = new Dataset(Kind, state.Features.Select(r => r.ToArray()).ToArray(), [.. state.Labels], [.. context.ClassNames], names),
        };
    }
}
