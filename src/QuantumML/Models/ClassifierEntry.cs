using QuantumML.Catalogues;
using QuantumML.Data;
using QuantumML.Persistence;
using QuantumML.QSharp;
using QuantumML.Settings;

namespace QuantumML.Models;

/// <summary>What a classifier is built for: its name in reports, the run's seed, the features it sees, and for quantum
/// models the Q# runtime and project (and the noise it trains under in a noise-training study).</summary>
/// <param name="Name">The model's name in the spec.</param>
/// <param name="Seed">The run's seed.</param>
/// <param name="FeatureCount">Features after preprocessing.</param>
public sealed record ClassifierContext(string Name, int Seed, int FeatureCount)
{
    /// <summary>The Q# runtime (quantum models).</summary>
    public QSharpRuntime? Runtime { get; init; }

    /// <summary>The Q# project whose operations the spec names (quantum models).</summary>
    public QSharpProject? Project { get; init; }

    /// <summary>The noise this job trains and tests under (one level of a noise-training study), or null.</summary>
    public PauliNoise? TrainingNoise { get; init; }
}

/// <summary>One classifier: its fields, how a spec's model object builds it, and how a model file rebuilds it.</summary>
/// <param name="Kind">Its model-file kind (whose name is the <c>"type"</c> specs give it).</param>
/// <param name="Doc">What it is.</param>
/// <param name="Create">A new, untrained model from the model object's fields, each read and checked through its declaration.</param>
public sealed record ClassifierEntry(ModelKind Kind, string Doc, Func<SettingsReader, ClassifierContext, IClassifier> Create) : CatalogueEntry(Kind.Name, Doc)
{
    /// <summary>Whether it runs Q# circuits.</summary>
    public bool IsQuantum => Kind.IsQuantum;

    /// <summary>Whether its trained test predictions can be measured again under noise (the models a noise study takes).</summary>
    public bool Remeasurable { get; init; }

    /// <summary>Refuses a model that would keep more than its memory limit for a training split like <c>train</c>
    /// (see <see cref="SpecLimits"/>); the model's name names it in the message. Null: it keeps nothing that large.</summary>
    public Action<SettingsReader, string, Dataset>? SizeCheck { get; init; }
}
