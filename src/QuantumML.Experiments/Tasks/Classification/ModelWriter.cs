using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using QuantumML.Data;
using QuantumML.Experiments.Results;
using QuantumML.IO;
using QuantumML.Models;
using QuantumML.Persistence;
using QuantumML.QSharp;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Saves what a classification run trained, beside its <c>results.json</c>: each trained model as
/// <c>models/MODEL-seedN.json</c> and each seed's test split, before preprocessing, as <c>data/test-seedN.csv</c>
/// (the input <c>qml predict</c> reproduces the run's test accuracy from).</summary>
/// <param name="folder">The results folder.</param>
/// <param name="spec">The experiment.</param>
/// <param name="specFile">The spec file as given to <c>qml run</c>, for the record.</param>
/// <param name="qsharp">The check of the Q# project the quantum models run (null when none does).</param>
/// <param name="qdkVersion">The qsharp-lang version, for the record.</param>
public sealed class ModelWriter(string folder, ClassificationSpec spec, string? specFile, CheckResult? qsharp, string qdkVersion)
{
    /// <summary>The folder of model files inside a results folder.</summary>
    public const string ModelsFolder = "models";

    /// <summary>The folder of test splits inside a results folder.</summary>
    public const string DataFolder = "data";

    private readonly string _specText = spec.Source.ToJsonString();
    private readonly ConcurrentDictionary<int, Lazy<PreparedSplit>> _splits = new();

    /// <summary>The model file of <paramref name="model"/> for <paramref name="seed"/>, relative to the results folder.</summary>
    public static string ModelPath(string model, int seed) => Path.Combine(ModelsFolder, $"{RunStore.SafeName(model)}-seed{seed}.json");

    /// <summary>The test split of <paramref name="seed"/>, relative to the results folder.</summary>
    public static string TestSplitPath(int seed) => Path.Combine(DataFolder, $"test-seed{seed}.csv");

    /// <summary>Writes the trained <paramref name="model"/> of job <paramref name="modelSpec"/> for <paramref name="seed"/>
    /// (and that seed's test split, once); returns the model file's path.</summary>
    /// <remarks>The split and the fitted preprocessing are prepared again from the seed, which gives exactly the data the
    /// model was trained on: every random choice of a run flows from its seed.</remarks>
    public string Write(ModelSpec modelSpec, int seed, IClassifier model)
    {
        ArgumentNullException.ThrowIfNull(modelSpec);
        var split = _splits.GetOrAdd(seed, s => new Lazy<PreparedSplit>(() => WriteTestSplit(s))).Value;
        var trained = model is NamedClassifier named ? named.Inner : model;
        if (trained is not IPersistentClassifier persistent)
            throw new InvalidOperationException($"{modelSpec.Name}: a {trained.GetType().Name} cannot be saved to a model file.");
        var file = ModelFiles.Create(persistent, modelSpec.Name, seed, split.RawTrain, split.Transforms, qsharp) with
        {
            QdkVersion = qdkVersion,
            Origin = new ModelOrigin(spec.Name, modelSpec.Name, specFile, (JsonObject)JsonNode.Parse(_specText)!),
        };
        var path = Path.Combine(folder, ModelPath(modelSpec.Name, seed));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.WriteText(path, ModelFiles.Serialize(file));
        return path;
    }

    /// <summary>Checks the model file of <paramref name="run"/> and its seed's test split in the results folder
    /// <paramref name="folder"/>, where they exist, before a merge copies them: a model file must read as one (a truncated
    /// one does not) and be this run's model, and the split must hold the run's test samples.</summary>
    /// <exception cref="ResultsFileException">A file is damaged or belongs to another run; the message names it.</exception>
    public static void CheckSaved(RunRecord run, string folder)
    {
        ArgumentNullException.ThrowIfNull(run);
        var model = Path.Combine(folder, ModelPath(run.Model, run.Seed));
        if (File.Exists(model))
        {
            ModelFile file;
            try
            {
                file = ModelFiles.Read(model);
            }
            catch (ModelFileException e)
            {
                throw new ResultsFileException(e.Message, e);
            }
            if (file.Name != run.Model || file.Seed != run.Seed)
                throw new ResultsFileException($"{model}: $.name and $.seed are '{file.Name}' and {file.Seed}, but the file is the model of '{run.Model}' seed {run.Seed}");
        }
        var split = Path.Combine(folder, TestSplitPath(run.Seed));
        if (File.Exists(split))
        {
            Dataset test;
            try
            {
                test = CsvDataset.Load(split);
            }
            catch (DataFormatException e)
            {
                throw new ResultsFileException($"{split}: {e.Message}", e);
            }
            if (run.TestLabels.Length > 0 && test.Count != run.TestLabels.Length)
                throw new ResultsFileException($"{split}: holds {test.Count} samples, but the test split of seed {run.Seed} has {run.TestLabels.Length}; the file is truncated or from another run");
        }
    }

    /// <summary>Copies the model file of <paramref name="run"/> and its seed's test split, where they exist, from the
    /// results folder <paramref name="from"/> to <paramref name="to"/> (merging shards; <see cref="CheckSaved"/> first).</summary>
    public static void CopySaved(RunRecord run, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var file in new[] { ModelPath(run.Model, run.Seed), TestSplitPath(run.Seed) })
        {
            var source = Path.Combine(from, file);
            if (!File.Exists(source)) continue;
            var target = Path.Combine(to, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            AtomicFile.WriteText(target, DataFile.ReadText(source));
        }
    }

    private PreparedSplit WriteTestSplit(int seed)
    {
        var split = DataPreparation.PrepareSplit(spec, seed);
        var path = Path.Combine(folder, TestSplitPath(seed));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFile.WriteText(path, CsvDataset.Format(split.RawTest));
        return split;
    }
}
