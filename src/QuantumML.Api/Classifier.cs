using System.Text.Json.Nodes;
using QuantumML.Data;
using QuantumML.IO;
using QuantumML.Metrics;
using QuantumML.Models;
using QuantumML.Persistence;
using QuantumML.Preprocessing;
using QuantumML.Settings;
using QuantumML.Training;

namespace QuantumML.Api;

/// <summary>One classifier of the catalogue with the preprocessing it fits: <see cref="FitAsync"/>, then predict, score
/// and save to the model file <c>qml predict</c> reads. Build one with <see cref="Classifiers.Create"/> or
/// <see cref="LoadAsync"/>.</summary>
public sealed class Classifier
{
    private readonly ClassifierEntry? _entry;
    private readonly JsonObject? _settings;
    private readonly string _origin;
    private readonly QSharpSession? _qsharp;
    private IFeatureTransform[] _preprocessing = [];
    private IClassifier? _model;
    private ModelPipeline? _loaded;
    private string[] _classes = [];
    private string[] _features = [];

    internal Classifier(ClassifierEntry entry, JsonObject settings, string origin, int seed, string name, QSharpSession? qsharp)
    {
        _entry = entry;
        _settings = settings;
        _origin = origin;
        Seed = seed;
        Name = name;
        _qsharp = qsharp;
        Type = entry.Name;
    }

    private Classifier(ModelPipeline loaded, string origin, QSharpSession? qsharp)
    {
        _loaded = loaded;
        _origin = origin;
        _qsharp = qsharp;
        _model = loaded.Classifier;
        _preprocessing = [.. loaded.Preprocessing];
        _classes = loaded.File.Classes;
        _features = loaded.File.Features;
        Type = loaded.File.Kind;
        Name = loaded.File.Name;
        Seed = loaded.File.Seed;
    }

    /// <summary>Its catalogue type, such as "vqc" or "svm".</summary>
    public string Type { get; }

    /// <summary>Its name in the model file.</summary>
    public string Name { get; }

    /// <summary>The seed of its initial parameters and minibatch order.</summary>
    public int Seed { get; }

    /// <summary>Whether it runs Q# circuits.</summary>
    public bool IsQuantum => _entry?.IsQuantum ?? _loaded!.File.QSharp is not null;

    /// <summary>Whether it has been trained (or loaded).</summary>
    public bool IsFitted => _model is not null && (_loaded is not null || History is not null);

    /// <summary>The last training's history and costs, or null before <see cref="FitAsync"/>.</summary>
    public FitReport? History { get; private set; }

    /// <summary>The trained model behind the facade (it receives preprocessed features).</summary>
    public IClassifier Model => _model ?? throw NotFitted();

    /// <summary>The class names, by label, as seen in training.</summary>
    public IReadOnlyList<string> Classes => _classes;

    /// <summary>Told after every training epoch: loss, training accuracy and the mean minibatch gradient norm.</summary>
    public event Action<EpochProgress>? EpochEnded;

    /// <summary>This classifier fitting <paramref name="steps"/>, in order, on its training features before the model sees them.</summary>
    public Classifier With(params IFeatureTransform[] steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (_loaded is not null) throw new InvalidOperationException($"{Name} was loaded from a model file; its preprocessing is the file's.");
        _preprocessing = [.. _preprocessing, .. steps];
        return this;
    }

    /// <summary>Trains on <paramref name="train"/>: fits the preprocessing, builds the model from its fields for the
    /// features that remain, and trains it, reporting every epoch to <see cref="EpochEnded"/> and <paramref name="progress"/>.</summary>
    /// <remarks>Epochs are reported as they end for the first-order optimizers (adam, sgd, …); models trained on the
    /// whole set (lbfgs, spsa, nelder-mead) report theirs when training ends, with a NaN gradient norm.</remarks>
    public async Task<FitReport> FitAsync(Dataset train, IProgress<EpochProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (_entry is null || _settings is null) throw new InvalidOperationException($"{Name} was loaded from a model file; make a new classifier to train one.");
        var features = train.Features;
        foreach (var step in _preprocessing) features = step.FitTransform(features);
        var prepared = train.WithFeatures(features);
        var session = _entry.IsQuantum ? _qsharp ?? QSharpSession.Default : null;
        var reader = new SettingsReader(_settings.DeepClone(), "settings", _origin);
        var model = _entry.Create(reader, new ClassifierContext(Name, Seed, prepared.FeatureCount) { Runtime = session?.Runtime, Project = session?.Project });
        reader.RejectUnknown();
        _entry.SizeCheck?.Invoke(reader, "settings", prepared);

        var reported = 0;
        void Report(EpochProgress e)
        {
            reported++;
            EpochEnded?.Invoke(e);
            progress?.Report(e);
        }
        var report = await EpochObserver.WatchAsync(Report, () => model.FitAsync(prepared, cancellationToken)).ConfigureAwait(false);
        if (reported == 0)
            foreach (var epoch in report.Epochs) Report(new EpochProgress(epoch, double.NaN));
        _model = model;
        _classes = train.ClassNames;
        _features = train.FeatureNames;
        History = report;
        return report;
    }

    /// <summary><see cref="FitAsync"/>, waited for.</summary>
    public FitReport Fit(Dataset train) => FitAsync(train).GetAwaiter().GetResult();

    /// <summary>Class probabilities of raw feature rows: one row per sample, one column per class.</summary>
    public async Task<double[][]> PredictProbaAsync(double[][] features, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(features);
        var model = _model ?? throw NotFitted();
        foreach (var row in features)
            if (row.Length != _features.Length) throw new ArgumentException($"{Name} takes {_features.Length} features, but a row has {row.Length}.", nameof(features));
        var x = features;
        foreach (var step in _preprocessing) x = step.Transform(x);
        return await model.PredictProbabilitiesAsync(x, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The most probable class (label) of each row.</summary>
    public async Task<int[]> PredictAsync(double[][] features, CancellationToken cancellationToken = default) =>
        [.. (await PredictProbaAsync(features, cancellationToken).ConfigureAwait(false)).Select(ClassifierExtensions.ArgMax)];

    /// <summary>Accuracy on <paramref name="data"/>: the share of its samples whose predicted class is their label.</summary>
    public async Task<double> ScoreAsync(Dataset data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ClassificationMetrics.Accuracy(data.Labels, await PredictAsync(data.Features, cancellationToken).ConfigureAwait(false));
    }

    /// <summary><see cref="PredictProbaAsync"/>, waited for.</summary>
    public double[][] PredictProba(double[][] features) => PredictProbaAsync(features).GetAwaiter().GetResult();

    /// <summary><see cref="PredictProbaAsync"/> of the dataset's features, waited for.</summary>
    public double[][] PredictProba(Dataset data) => PredictProba(Checked(data).Features);

    /// <summary><see cref="PredictAsync"/>, waited for.</summary>
    public int[] Predict(double[][] features) => PredictAsync(features).GetAwaiter().GetResult();

    /// <summary><see cref="PredictAsync"/> of the dataset's features, waited for.</summary>
    public int[] Predict(Dataset data) => Predict(Checked(data).Features);

    /// <summary><see cref="ScoreAsync"/>, waited for.</summary>
    public double Score(Dataset data) => ScoreAsync(data).GetAwaiter().GetResult();

    /// <summary>Writes the trained model to <paramref name="path"/> (atomically) as the model file <c>qml predict</c> reads.</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var model = _model ?? throw NotFitted();
        if (model is not IPersistentClassifier persistent) throw new InvalidOperationException($"A {model.GetType().Name} cannot be saved to a model file.");
        var session = IsQuantum ? _qsharp ?? QSharpSession.Default : null;
        var check = session is null ? null : await session.CheckAsync(cancellationToken).ConfigureAwait(false);
        var shape = new Dataset(Name, [], [], _classes, _features);
        var file = ModelFiles.Create(persistent, Name, Seed, shape, _preprocessing, check) with { QdkVersion = session?.Runtime.QdkVersion };
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        AtomicFile.WriteText(full, ModelFiles.Serialize(file));
    }

    /// <summary><see cref="SaveAsync"/>, waited for.</summary>
    public void Save(string path) => SaveAsync(path).GetAwaiter().GetResult();

    /// <summary>A model file (written by <see cref="SaveAsync"/> or <c>qml run</c>) rebuilt; a quantum model runs on
    /// <paramref name="qsharp"/> (default: the repository's <c>quantum/</c>).</summary>
    /// <exception cref="ModelFileException">The file is missing, not a model file, or a field is wrong (named).</exception>
    public static async Task<Classifier> LoadAsync(string path, QSharpSession? qsharp = null, CancellationToken cancellationToken = default)
    {
        var file = ModelFiles.Read(path);
        var session = file.QSharp is null ? null : qsharp ?? QSharpSession.Default;
        var pipeline = await ModelPipeline.RestoreAsync(file, path, session?.Runtime, session?.Project, cancellationToken).ConfigureAwait(false);
        return new Classifier(pipeline, path, session);
    }

    /// <summary><see cref="LoadAsync"/>, waited for.</summary>
    public static Classifier Load(string path, QSharpSession? qsharp = null) => LoadAsync(path, qsharp).GetAwaiter().GetResult();

    /// <summary>Builds the model once for two features so that a wrong field fails at creation, not at training.</summary>
    internal void Validate()
    {
        var reader = new SettingsReader(_settings!.DeepClone(), "settings", _origin);
        _entry!.Create(reader, new ClassifierContext(Name, Seed, 2));
        reader.RejectUnknown();
    }

    private static Dataset Checked(Dataset data) => data ?? throw new ArgumentNullException(nameof(data));

    private InvalidOperationException NotFitted() => new($"{Name} is not trained yet: call Fit or FitAsync first.");
}
