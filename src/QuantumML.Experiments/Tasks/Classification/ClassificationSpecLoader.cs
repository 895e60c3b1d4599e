using System.Globalization;
using QuantumML.Data;
using QuantumML.Experiments.Specs;
using QuantumML.Models;
using QuantumML.Quantum;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Reads and validates a classification spec.</summary>
public static class ClassificationSpecLoader
{
    /// <summary>Loads <paramref name="path"/>; every problem is a <see cref="SpecException"/> naming the file and the line or JSON path.</summary>
    public static ClassificationSpec Load(string path) => TaskSpecLoader.Load(path) as ClassificationSpec
        ?? throw new SpecException($"{path}: not a classification spec");

    /// <summary>Parses spec text; <paramref name="file"/> names it in messages and anchors relative data paths.</summary>
    /// <param name="text">The spec.</param>
    /// <param name="file">Its path.</param>
    /// <param name="checkFiles">Whether data files must exist (false when re-reading a spec saved with its results).</param>
    public static ClassificationSpec Parse(string text, string file, bool checkFiles = true)
    {
        var root = new SettingsReader(SettingsReader.Parse(text, file), "$", file);
        EnergySettings.Read(root);   // shared by every task, as in TaskSpecLoader.Parse
        return Parse(root, checkFiles);
    }

    /// <summary>Parses a spec already read as JSON.</summary>
    internal static ClassificationSpec Parse(SettingsReader root, bool checkFiles)
    {
        var name = TaskSpecLoader.NameOf(root);
        var description = root.OptionalText("description") ?? "";

        var data = root.Section("dataset") ?? throw root.Error("$.dataset is required");
        // Each source reads only its own fields, so that a field of another source is reported, not ignored.
        var dataset = DatasetCatalogue.Catalogue.Read(data, "source", "").Read(data, checkFiles);
        data.RejectUnknown();
        var fairness = FairnessSpec.Read(root, dataset.Path is null);

        var split = root.Section("split");
        var testFraction = split?.Number("test_fraction", 0.3, 0.01, 0.99) ?? 0.3;
        split?.RejectUnknown();

        var pre = root.Section("preprocessing");
        var scale = pre?.Numbers("scale");
        if (scale is not null && (scale.Length != 2 || !(scale[0] < scale[1])))
            throw root.Error("$.preprocessing.scale must be [min, max] with min < max");
        var preprocessing = new PreprocessingSpec(
            pre?.Flag("standardize", true) ?? true,
            pre?.Has("pca") == true ? pre.Whole("pca", 0, 1, 1000) : null,
            scale is null ? null : (scale[0], scale[1]));
        pre?.RejectUnknown();

        var seeds = SeedList.Read(root, [1, 2, 3]);
        CheckHeldValues(root, dataset, seeds.Length);

        var models = new List<ModelSpec>();
        foreach (var (node, path) in root.Array("models"))
        {
            var model = new SettingsReader(node, path, root.File);
            var entry = ClassifierCatalogue.Catalogue.Read(model, "type", "");
            var type = entry.Name;
            var modelName = model.OptionalText("name") ?? type;
            if (models.Any(m => m.BaseName == modelName))
                throw model.Error($"{path}.name '{modelName}' is used twice; give each model a unique name");
            if (SweepSpec.Expand(model, entry) is { } candidates)
            {
                // One job per candidate; the report selects, per seed, the candidate with the best cross-validation score.
                models.AddRange(candidates.Select(c => new ModelSpec($"{modelName}[{c.Candidate.Label}]", type, c.Settings) { BaseName = modelName, Sweep = c.Candidate }));
                continue;
            }
            if (PrivacySweep.Expand(model, modelName, type) is { } privateJobs)
            {
                // One job per noise level, and the non-private reference.
                models.AddRange(privateJobs);
                continue;
            }
            if (model.Flag("noise_training", false))
            {
                // One job per level, each trained and tested with that noise on measured circuits.
                var noise = NoiseSettings.Read(model);
                if (noise is not { IsSweep: true } || !entry.Remeasurable)
                    throw model.Error($"{path}.noise_training trains a vqc at each level of a noise sweep; give \"noise\": {{\"KIND\": [levels]}}");
                if (QuantumFields.Execution.Read(model) != "shots")
                    throw model.Error($"{path}.noise_training needs \"execution\": \"shots\" (noise acts on circuits measured in Q#)");
                models.AddRange(noise.Levels.Select(level => new ModelSpec($"{modelName}[{level.Label}]", type, model) { TrainingNoise = level, BaseName = modelName }));
                continue;
            }
            models.Add(new ModelSpec(modelName, type, model));
        }
        if (models.Count == 0) throw root.Error("$.models must list at least one model");
        root.RejectUnknown("task");
        return new ClassificationSpec(name, description, dataset, testFraction, preprocessing, seeds, models, root.Raw) { Fairness = fairness };
    }

    /// <summary>Refuses a generated dataset whose values for all seeds (every seed's split is prepared before the first
    /// job) would not fit in memory; a CSV file's size is checked when it is read.</summary>
    private static void CheckHeldValues(SettingsReader root, DatasetSource d, int seeds)
    {
        if (d.Size is not var (samples, features)) return;
        var values = samples * features * seeds;
        if (values > SpecLimits.MaxHeldValues)
        {
            throw root.Error(string.Create(CultureInfo.InvariantCulture,
                $"$.dataset.samples: {samples} samples × {features} features × {seeds} seeds is {values:N0} values held at once; at most {SpecLimits.MaxHeldValues:N0} (use fewer samples, features or seeds)"));
        }
    }
}
