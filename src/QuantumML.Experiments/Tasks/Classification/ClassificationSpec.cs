using System.Text.Json.Nodes;
using QuantumML.Experiments.Specs;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>A classification experiment: data, split, preprocessing, models and seeds.</summary>
/// <param name="Name">The experiment's name; results go under <c>experiments/results/NAME/</c>.</param>
/// <param name="Description">Free text for the report.</param>
/// <param name="Dataset">Where the data comes from.</param>
/// <param name="TestFraction">Share of each class held out for testing; range (0, 1).</param>
/// <param name="Preprocessing">Feature preparation, fitted on the training split only.</param>
/// <param name="Seeds">One run of every model per seed; a seed fixes data, split, initialization and sampling.</param>
/// <param name="Models">The models to compare.</param>
/// <param name="Source">The spec as written, kept in the results.</param>
public sealed record ClassificationSpec(
    string Name,
    string Description,
    DatasetSpec Dataset,
    double TestFraction,
    PreprocessingSpec Preprocessing,
    IReadOnlyList<int> Seeds,
    IReadOnlyList<ModelSpec> Models,
    JsonObject Source) : ITaskSpec
{
    /// <inheritdoc/>
    public string Task => ClassificationTask.TaskName;

    /// <inheritdoc/>
    public IReadOnlyList<string> JobNames => Models.Select(m => m.Name).ToList();

    /// <inheritdoc/>
    public bool UsesQSharp => Models.Any(m => m.IsQuantum);

    /// <inheritdoc/>
    public string Summary
    {
        get
        {
            var models = Models.Select(m => m.BaseName).Distinct().Count();
            return $"{models} models{(models == Models.Count ? "" : $" ({Models.Count} jobs)")} x {Seeds.Count} seeds, {Dataset.Source}: {Description}";
        }
    }

    /// <inheritdoc/>
    public IEnumerable<(string Field, string Path)> DataFiles(string specFile) =>
        Dataset.Path is { } csv ? [($"{specFile}: $.dataset.path", csv)] : [];

    /// <inheritdoc/>
    public string Origin(string job) => Models.FirstOrDefault(m => m.Name == job) is { } m ? $"{m.Settings.Path}.name" : $"job '{job}'";
}

/// <summary>The data of an experiment: a generator with its parameters, or a CSV file.</summary>
/// <param name="Source">moons, circles, xor, parity, blobs, adhoc or csv.</param>
/// <param name="Samples">Samples to generate (per class for adhoc).</param>
/// <param name="Noise">Noise of moons, circles and xor.</param>
/// <param name="Factor">Inner/outer radius ratio of circles.</param>
/// <param name="Classes">Classes of blobs.</param>
/// <param name="Features">Features of blobs.</param>
/// <param name="Spread">Standard deviation of blobs.</param>
/// <param name="Bits">Bits of parity.</param>
/// <param name="Gap">Label gap of the ad hoc dataset.</param>
/// <param name="Path">The CSV file, resolved against the spec's folder.</param>
public sealed record DatasetSpec(string Source, int Samples, double Noise, double Factor, int Classes, int Features, double Spread, int Bits, double Gap, string? Path);

/// <summary>Feature preparation, fitted on the training split and applied to both splits, in this order.</summary>
/// <param name="Standardize">Zero mean and unit variance per feature.</param>
/// <param name="PcaComponents">Reduce to this many principal components (to fit a qubit budget), or null.</param>
/// <param name="ScaleRange">Finally scale each feature linearly into [min, max] (angle ranges), or null.</param>
public sealed record PreprocessingSpec(bool Standardize, int? PcaComponents, (double Min, double Max)? ScaleRange);

/// <summary>One model of an experiment.</summary>
/// <param name="Name">Unique name in the report.</param>
/// <param name="Type">vqc, qsvc, logistic-regression, svm, mlp or knn.</param>
/// <param name="Settings">The model's fields, read by the model factory.</param>
public sealed record ModelSpec(string Name, string Type, SettingsReader Settings)
{
    /// <summary>For a model trained at each level of a noise sweep (<c>"noise_training": true</c>): this job's level.</summary>
    public NoiseLevel? TrainingNoise { get; init; }

    /// <summary>The model's name in the spec, before a noise sweep or a hyper-parameter sweep expanded it into one job per point.</summary>
    public string BaseName { get; init; } = Name;

    /// <summary>For one candidate of a hyper-parameter sweep (<c>"grid"</c> or <c>"random"</c>): its values and cross-validation.</summary>
    public SweepCandidate? Sweep { get; init; }

    /// <summary>Whether the model runs Q# circuits.</summary>
    public bool IsQuantum => Type is "vqc" or "qsvc";
}
