using System.Globalization;
using System.Text.RegularExpressions;
using QuantumML.Experiments.Specs;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Reads and validates an experiment spec file.</summary>
public static partial class ClassificationSpecLoader
{
    /// <summary>The model types a spec may name.</summary>
    public static readonly string[] ModelTypes = ["vqc", "qsvc", "logistic-regression", "svm", "mlp", "knn"];

    /// <summary>The dataset sources a spec may name.</summary>
    public static readonly string[] Sources = ["moons", "circles", "xor", "parity", "blobs", "adhoc", "csv"];

    /// <summary>Loads <paramref name="path"/>; every problem is a <see cref="SpecException"/> naming the file and the line or JSON path.</summary>
    public static ClassificationSpec Load(string path)
    {
        string text;
        try
        {
            text = QuantumML.IO.DataFile.ReadText(path, SpecLimits.MaxSpecBytes, "spec file");
        }
        catch (QuantumML.IO.DataFileException e)
        {
            throw new SpecException(e.Message);
        }
        var spec = Parse(text, path);
        DataPaths.CheckInside(spec, path);
        return spec;
    }

    /// <summary>Parses spec text; <paramref name="file"/> names it in messages and anchors relative data paths.</summary>
    /// <param name="text">The spec.</param>
    /// <param name="file">Its path.</param>
    /// <param name="checkFiles">Whether data files must exist (false when re-reading a spec saved with its results).</param>
    public static ClassificationSpec Parse(string text, string file, bool checkFiles = true) =>
        Parse(new SettingsReader(SettingsReader.Parse(text, file), "$", file), checkFiles);

    /// <summary>Parses a spec already read as JSON.</summary>
    internal static ClassificationSpec Parse(SettingsReader root, bool checkFiles)
    {
        var name = NameOf(root);
        var description = root.OptionalText("description") ?? "";

        var data = root.Section("dataset") ?? throw root.Error("$.dataset is required");
        var source = data.Choice("source", "", Sources);
        var csvPath = source == "csv" ? PathField(data, "path", checkFiles) : null;
        // Read only the fields of this source, so that a field of another source is reported, not ignored.
        bool Uses(params string[] sources) => sources.Contains(source, StringComparer.Ordinal);
        var dataset = new DatasetSpec(
            source,
            Uses("csv") ? 0 : data.Whole("samples", 200, 4, 1_000_000),
            Uses("moons", "circles", "xor") ? data.Number("noise", 0.1, 0, 10) : 0,
            Uses("circles") ? data.Number("factor", 0.5, 0.01, 0.99) : 0.5,
            Uses("blobs") ? data.Whole("classes", 2, 2, 100) : 2,
            Uses("blobs") ? data.Whole("features", 2, 1, 1000) : 2,
            Uses("blobs") ? data.Number("spread", 1.0, 1e-6, 1e6) : 1.0,
            Uses("parity") ? data.Whole("bits", 3, 1, 20) : 3,
            Uses("adhoc") ? data.Number("gap", 0.3, 0, 1) : 0.3,
            csvPath);
        data.RejectUnknown();

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
        if (source != "csv") CheckHeldValues(root, dataset, seeds.Length);

        var models = new List<ModelSpec>();
        foreach (var (node, path) in root.Array("models"))
        {
            var model = new SettingsReader(node, path, root.File);
            var type = model.Choice("type", "", ModelTypes);
            var modelName = model.OptionalText("name") ?? type;
            if (models.Any(m => m.BaseName == modelName))
                throw model.Error($"{path}.name '{modelName}' is used twice; give each model a unique name");
            if (SweepSpec.Expand(model, type) is { } candidates)
            {
                // One job per candidate; the report selects, per seed, the candidate with the best cross-validation score.
                models.AddRange(candidates.Select(c => new ModelSpec($"{modelName}[{c.Candidate.Label}]", type, c.Settings) { BaseName = modelName, Sweep = c.Candidate }));
                continue;
            }
            if (model.Flag("noise_training", false))
            {
                // One job per level, each trained and tested with that noise on measured circuits.
                var noise = NoiseSpec.Read(model);
                if (noise is not { IsSweep: true } || type != "vqc")
                    throw model.Error($"{path}.noise_training trains a vqc at each level of a noise sweep; give \"noise\": {{\"KIND\": [levels]}}");
                if (model.Choice("execution", "exact", "exact", "sampled", "shots") != "shots")
                    throw model.Error($"{path}.noise_training needs \"execution\": \"shots\" (noise acts on circuits measured in Q#)");
                models.AddRange(noise.Levels.Select(level => new ModelSpec($"{modelName}[{level.Label}]", type, model) { TrainingNoise = level, BaseName = modelName }));
                continue;
            }
            models.Add(new ModelSpec(modelName, type, model));
        }
        if (models.Count == 0) throw root.Error("$.models must list at least one model");
        root.RejectUnknown("task");
        return new ClassificationSpec(name, description, dataset, testFraction, preprocessing, seeds, models, root.Raw);
    }

    /// <summary>Reads the spec's name and checks it can name a folder.</summary>
    internal static string NameOf(SettingsReader root)
    {
        var name = root.Text("name");
        if (name.Length > SpecLimits.MaxNameLength)
            throw root.Error($"$.name is {name.Length} characters long; at most {SpecLimits.MaxNameLength} (it names the results folder)");
        if (!NamePattern().IsMatch(name))
            throw root.Error($"$.name '{name}' must be letters, digits, '-' or '_' (it names the results folder)");
        return name;
    }

    /// <summary>Refuses a generated dataset whose values for all seeds (every seed's split is prepared before the first
    /// job) would not fit in memory; a CSV file's size is checked when it is read.</summary>
    private static void CheckHeldValues(SettingsReader root, DatasetSpec d, int seeds)
    {
        var (samples, features) = d.Source switch
        {
            "parity" => ((long)d.Samples, (long)d.Bits),
            "blobs" => ((long)d.Samples, (long)d.Features),
            "adhoc" => (2L * d.Samples, 2L),
            _ => ((long)d.Samples, 2L),
        };
        var values = samples * features * seeds;
        if (values > SpecLimits.MaxHeldValues)
        {
            throw root.Error(string.Create(CultureInfo.InvariantCulture,
                $"$.dataset.samples: {samples} samples × {features} features × {seeds} seeds is {values:N0} values held at once; at most {SpecLimits.MaxHeldValues:N0} (use fewer samples, features or seeds)"));
        }
    }

    /// <summary>Resolves a path field against the spec's folder, checking that it exists when asked to.</summary>
    internal static string PathField(SettingsReader section, string field, bool checkFiles)
    {
        var specDir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(section.File)) ?? ".";
        var given = section.Text(field);
        if (given.Length == 0 || given.Contains('\0', StringComparison.Ordinal))
            throw section.Error($"{section.Path}.{field} must be a file path (not empty, no NUL character)");
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(specDir, given));
        if (checkFiles && !File.Exists(path)) throw section.Error($"{section.Path}.{field}: no such file {path}");
        return path;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex NamePattern();
}
