using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using QuantumML.Preprocessing;

namespace QuantumML.Persistence;

/// <summary>One trained model as a file: everything needed to predict as it did, and where it came from.</summary>
/// <param name="Format">Always <see cref="ModelFiles.Format"/>: marks a QuantumML model file.</param>
/// <param name="Version">The file format's version, <see cref="ModelFiles.Version"/>.</param>
/// <param name="Kind">The model kind: vqc, qsvc, logistic-regression, svm, mlp or knn.</param>
/// <param name="Name">The model's name in its experiment.</param>
/// <param name="Seed">The seed of its data split and training.</param>
/// <param name="Classes">The class names, by label.</param>
/// <param name="Features">The names of the features it takes, before preprocessing.</param>
/// <param name="Preprocessing">The transforms fitted on its training split, applied in order before the model.</param>
/// <param name="Hyperparameters">The model's options record.</param>
/// <param name="Parameters">What the model learnt (its state record).</param>
/// <param name="QSharp">The Q# it runs, for quantum models; null for classical ones.</param>
/// <param name="QdkVersion">The qsharp-lang version it was trained with.</param>
/// <param name="Origin">The experiment and job that trained it, if any.</param>
/// <param name="CreatedUtc">When the file was written, UTC, ISO 8601.</param>
public sealed record ModelFile(
    string Format,
    int Version,
    string Kind,
    string Name,
    int Seed,
    string[] Classes,
    string[] Features,
    IReadOnlyList<TransformState> Preprocessing,
    JsonObject Hyperparameters,
    JsonObject Parameters,
    [property: JsonPropertyName("qsharp")] QSharpFingerprint? QSharp,
    string? QdkVersion,
    ModelOrigin? Origin,
    string CreatedUtc)
{
    /// <summary>How many features the model itself receives, after preprocessing.</summary>
    [JsonIgnore]
    public int ModelInputCount => Preprocessing.Count == 0 ? Features.Length : Preprocessing[^1].OutputCount;
}

/// <summary>Where a saved model came from.</summary>
/// <param name="Experiment">The experiment's name.</param>
/// <param name="Job">The job (the model's name in the spec, with any sweep point).</param>
/// <param name="SpecFile">The spec file as it was given to <c>qml run</c>.</param>
/// <param name="Spec">The spec, verbatim.</param>
public sealed record ModelOrigin(string Experiment, string Job, string? SpecFile, JsonObject Spec);
