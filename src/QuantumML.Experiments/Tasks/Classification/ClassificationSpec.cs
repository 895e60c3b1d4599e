using System.Text.Json.Nodes;
using QuantumML.Catalogues;
using QuantumML.Data;
using QuantumML.Experiments.Specs;
using QuantumML.Models;
using QuantumML.Quantum;
using QuantumML.Settings;

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
    DatasetSource Dataset,
    double TestFraction,
    PreprocessingSpec Preprocessing,
    IReadOnlyList<int> Seeds,
    IReadOnlyList<ModelSpec> Models,
    JsonObject Source) : ITaskSpec
{
    /// <summary>The sensitive feature whose groups the report compares, or null.</summary>
    public FairnessSpec? Fairness { get; init; }

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

/// <summary>Feature preparation, fitted on the training split and applied to both splits, in this order.</summary>
/// <param name="Standardize">Zero mean and unit variance per feature.</param>
/// <param name="PcaComponents">Reduce to this many principal components (to fit a qubit budget), or null.</param>
/// <param name="ScaleRange">Finally scale each feature linearly into [min, max] (angle ranges), or null.</param>
public sealed record PreprocessingSpec(bool Standardize, int? PcaComponents, (double Min, double Max)? ScaleRange);

/// <summary>One model of an experiment.</summary>
/// <param name="Name">Unique name in the report.</param>
/// <param name="Type">The classifier, an entry of <see cref="ClassifierCatalogue"/>.</param>
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
    public bool IsQuantum => Entry.IsQuantum;

    /// <summary>The classifier's catalogue entry: its fields and how to build it.</summary>
    public ClassifierEntry Entry => ClassifierCatalogue.Catalogue[Type];
}
