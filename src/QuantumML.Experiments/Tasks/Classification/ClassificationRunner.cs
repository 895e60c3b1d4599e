using System.Diagnostics;
using System.Globalization;
using QuantumML.Data;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Metrics;
using QuantumML.ModelSelection;
using QuantumML.Models;
using QuantumML.Training;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Runs every model of a spec for every seed, on identical splits per seed, and scores them.</summary>
/// <param name="spec">The experiment.</param>
/// <param name="factory">Builds the models.</param>
/// <param name="qdkVersion">The qsharp-lang version, for the record.</param>
/// <param name="parallelism">How many (model, seed) jobs run at once; range ≥ 1.</param>
/// <param name="callables">The Q# project's callables, to check the names the spec uses; null skips the check.</param>
public sealed class ClassificationRunner(ClassificationSpec spec, ModelFactory factory, string qdkVersion, int parallelism, IReadOnlyCollection<string>? callables = null)
    : JobGridRunner(spec, qdkVersion, parallelism)
{
    /// <inheritdoc/>
    public override string Describe(RunRecord record) => string.Create(CultureInfo.InvariantCulture,
        $"{(record.Sweep is null ? "" : $"cv {record.Metrics[MetricNames.CvAccuracy]:0.000} ± {record.Metrics[MetricNames.CvAccuracySd]:0.000}, ")}test {record.Metrics[MetricNames.TestAccuracy]:0.000}, train {record.Metrics[MetricNames.TrainAccuracy]:0.000}, fit {record.Metrics[MetricNames.FitSeconds]:0.0} s{(record.Engines is null ? "" : ", " + EngineRecord.Brief(record.Engines))}");

    /// <summary>Every (seed, model) job of a spec, in the order results list them: seeds outer, models inner.</summary>
    public static IReadOnlyList<(int Seed, ModelSpec Model)> Jobs(ClassificationSpec spec) =>
        spec.Seeds.SelectMany(seed => spec.Models.Select(model => (seed, model))).ToList();

    /// <summary>The folder where long trainings keep checkpoints (one file per job), or null to keep none.</summary>
    public string? CheckpointFolder { get; init; }

    /// <summary>Saves every trained model (and each seed's test split) beside the results; null saves none.</summary>
    public ModelWriter? Models { get; init; }

    private Dictionary<int, (Dataset Train, Dataset Test)> _splits = [];
    private Dictionary<int, (Fairness.SensitiveFeature Groups, int PositiveClass)> _groups = [];
    private bool _learningCurves;
    private double? _target;

    /// <summary>Prepares every seed's split, checks every model's fields and runs the quantum models' preflight.</summary>
    protected override async Task PrepareAsync(CancellationToken ct)
    {
        // The first seed's split is checked before every seed's is prepared: all of them stay in memory for the run.
        var split = DataPreparation.PrepareSplit(spec, spec.Seeds[0]);
        DataPreparation.CheckHeldValues(spec, split.RawTrain.Count + split.RawTest.Count, split.RawTrain.FeatureCount);
        var first = (split.Train, split.Test);
        var firstTrain = first.Train;
        factory.Validate(spec, firstTrain.FeatureCount, callables);
        foreach (var model in spec.Models) model.Entry.SizeCheck?.Invoke(model.Settings, model.Name, firstTrain);
        var prepared = spec.Seeds.ToDictionary(s => s, s => s == spec.Seeds[0] ? split : DataPreparation.PrepareSplit(spec, s));
        _splits = prepared.ToDictionary(p => p.Key, p => (p.Value.Train, p.Value.Test));
        _groups = prepared.Where(p => p.Value.TestGroups is not null).ToDictionary(p => p.Key, p => (p.Value.TestGroups!, p.Value.PositiveClass));
        var federated = spec.Models.Select(m => FederatedSpec.Read(m.Settings)).OfType<FederatedSpec>().ToList();
        _learningCurves = federated.Count > 0;
        _target = federated.Select(f => f.TargetAccuracy).FirstOrDefault(t => t is not null);
        CheckFolds();
        await PreflightAsync(firstTrain, ct).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    protected override Task<RunRecord> RunJobAsync(int job, int seed, CancellationToken ct)
    {
        var (train, test) = _splits[seed];
        return RunOneAsync(spec.Models[job], seed, train, test, ct);
    }

    /// <summary>Checks that every seed's training split has at least k samples of each class, for each swept model's k folds.</summary>
    private void CheckFolds()
    {
        foreach (var model in spec.Models.Where(m => m.Sweep is not null).DistinctBy(m => m.BaseName))
        {
            var folds = model.Sweep!.Folds;
            foreach (var (seed, (train, _)) in _splits)
            {
                var smallest = Enumerable.Range(0, train.ClassCount).Select(c => (Class: c, Count: train.Labels.Count(y => y == c))).MinBy(c => c.Count);
                if (smallest.Count < folds)
                    throw model.Settings.Error($"{model.Settings.Path}.cv.folds is {folds}, but seed {seed}'s training split has only {smallest.Count} sample(s) of class '{train.ClassNames[smallest.Class]}'; use fewer folds or more data");
            }
        }
    }

    /// <summary>Runs each quantum model's cheap self-check, so that a circuit that cannot run on this data is
    /// reported against its place in the spec before any training starts.</summary>
    private async Task PreflightAsync(Dataset train, CancellationToken ct)
    {
        foreach (var modelSpec in spec.Models.Where(m => m.IsQuantum))
        {
            if (factory.Create(modelSpec, spec.Seeds[0], train.FeatureCount).Inner is not IPreflight check) continue;
            try
            {
                await check.CheckAsync(train, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (e is QSharp.QSharpException or ArgumentException)
            {
                var detail = e switch
                {
                    QSharp.QSharpCompilationException c => string.Join("; ", c.Diagnostics.Select(d => d.Message.Split('\n')[0])),
                    QSharp.QSharpRuntimeException r => string.Join("; ", r.Diagnostics.Select(d => d.Message.Split('\n')[0])),
                    _ => e.Message,
                };
                throw modelSpec.Settings.Error($"{modelSpec.Settings.Path} ('{modelSpec.Name}') cannot run on this data: {detail}");
            }
        }
    }

    private async Task<RunRecord> RunOneAsync(ModelSpec modelSpec, int seed, Dataset train, Dataset test, CancellationToken ct)
    {
        // A sweep candidate is scored by k-fold cross-validation on the training split alone, before the test split is
        // touched; the report then selects by this score only.
        var cv = modelSpec.Sweep is { } candidate
            ? await CrossValidation.ScoreAsync(() => factory.Create(modelSpec, seed, train.FeatureCount), train, candidate.Folds, new Random(seed), ct).ConfigureAwait(false)
            : null;
        var model = factory.Create(modelSpec, seed, train.FeatureCount);
        var checkpoints = CheckpointsOf(model, modelSpec.Name, seed);
        var clock = Stopwatch.StartNew();
        FitReport report;
        var extra = new Dictionary<string, double>();
        if (model is { Federated: { } federated, Inner: IParametricClassifier global })
        {
            (report, extra) = await FederatedJob.RunAsync(global,
                k => (IParametricClassifier)factory.Create(modelSpec, Randomness.DerivedSeed.Of(seed, 1000 + k), train.FeatureCount).Inner,
                federated, seed, train, test, Parallelism, ct).ConfigureAwait(false);
        }
        else
        {
            // Beside a federated model, centralized ones record the same learning curve (test accuracy per epoch).
            if (model is { DpSgd: { } dp, Inner: IParametricClassifier privateModel })
            {
                (report, extra) = await DpSgdJob.RunAsync(privateModel, dp, train, _learningCurves ? token => FederatedJob.TestAccuracyAsync(model, test, token) : null, ct).ConfigureAwait(false);
            }
            else
            {
                if (_learningCurves && model.Inner is IParametricClassifier parametric)
                    parametric.TestAccuracyProbe = token => FederatedJob.TestAccuracyAsync(model, test, token);
                report = await model.FitAsync(train, ct).ConfigureAwait(false);
            }
        }
        var fitSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var testProbabilities = await model.PredictProbabilitiesAsync(test.Features, ct).ConfigureAwait(false);
        var trainProbabilities = await model.PredictProbabilitiesAsync(train.Features, ct).ConfigureAwait(false);
        var predictSeconds = clock.Elapsed.TotalSeconds;

        Models?.Write(modelSpec, seed, model);

        var testPredictions = testProbabilities.Select(ClassifierExtensions.ArgMax).ToArray();
        var trainPredictions = trainProbabilities.Select(ClassifierExtensions.ArgMax).ToArray();
        var metrics = new Dictionary<string, double>
        {
            [MetricNames.TestAccuracy] = ClassificationMetrics.Accuracy(test.Labels, testPredictions),
            [MetricNames.TrainAccuracy] = ClassificationMetrics.Accuracy(train.Labels, trainPredictions),
            [MetricNames.BalancedAccuracy] = ClassificationMetrics.BalancedAccuracy(test.Labels, testPredictions),
            [MetricNames.F1] = ClassificationMetrics.MacroF1(test.Labels, testPredictions),
            [MetricNames.RocAuc] = ClassificationMetrics.RocAuc(test.Labels, testProbabilities),
            [MetricNames.LogLoss] = ClassificationMetrics.LogLoss(test.Labels, testProbabilities),
            [MetricNames.FitSeconds] = fitSeconds,
            [MetricNames.PredictSeconds] = predictSeconds,
            [MetricNames.CircuitEvaluations] = report.CircuitEvaluations,
            [MetricNames.QSharpRuns] = report.QSharpRuns,
            [MetricNames.Shots] = model.ShotsPerCircuit * (double)report.CircuitEvaluations,
        };
        foreach (var (key, value) in extra) metrics[key] = value;
        if (_target is { } target && report.Epochs.Any(e => !double.IsNaN(e.TestAccuracy)))
            metrics[FederatedMetrics.RoundsToTarget] = FederatedJob.FirstReaching(report.Epochs, target);
        if (report.Epochs.Count > 0) metrics[MetricNames.EpochsTrained] = report.Epochs[^1].Epoch;
        if (report.EarlyStopping is { } stopping)
        {
            metrics[MetricNames.BestEpoch] = stopping.BestEpoch;
            metrics[MetricNames.StoppedEarly] = stopping.Stopped ? 1 : 0;
        }
        if (cv is not null)
        {
            metrics[MetricNames.CvAccuracy] = cv.Mean;
            metrics[MetricNames.CvAccuracySd] = cv.StandardDeviation;
            metrics[MetricNames.CvSeconds] = cv.Seconds;
            metrics[MetricNames.CvCircuitEvaluations] = cv.CircuitEvaluations;
        }
        if (modelSpec.TrainingNoise is { } trainedAt)
            metrics[MetricNames.NoisyTestAccuracyPrefix + trainedAt.Label] = metrics[MetricNames.TestAccuracy];
        if (model is { NoiseSweep: { } levels, Inner: IRemeasurable noisy })
        {
            // The trained model, measured again on the test split at each level: shots in Q# with the level's noise.
            foreach (var level in levels)
            {
                var mode = new Quantum.ExecutionMode(Quantum.ExecutionKind.ShotsInQSharp, model.Shots, level.Noise);
                var probabilities = await noisy.PredictProbabilitiesAsync(test.Features, mode, seed, ct).ConfigureAwait(false);
                metrics[MetricNames.NoisyTestAccuracyPrefix + level.Label] =
                    ClassificationMetrics.Accuracy(test.Labels, probabilities.Select(ClassifierExtensions.ArgMax).ToArray());
            }
        }
        var grid = train.FeatureCount == 2 && seed == spec.Seeds[0] ? await GridAsync(model, train, test, ct).ConfigureAwait(false) : null;
        CircuitRecord? circuit = null;
        if (seed == spec.Seeds[0] && model.Inner is ITraceableCircuit traceable)
        {
            var (expression, qubits) = traceable.CircuitFor(train.Features[0]);
            circuit = await CircuitCapture.TraceAsync(factory.Runtime, factory.Project, expression, qubits, $"{modelSpec.Name} on the first training sample", ct, estimate: true).ConfigureAwait(false);
        }
        checkpoints?.Delete();
        return new RunRecord(modelSpec.Name, model.IsQuantum ? "quantum" : "classical", seed, metrics, report.Epochs, testPredictions, test.Labels)
        {
            Group = modelSpec.BaseName == modelSpec.Name ? null : modelSpec.BaseName,
            Circuit = circuit,
            Engines = EngineRecord.Of(report.Engines),
            DecisionGrid = grid,
            KernelMatrix = seed == spec.Seeds[0] ? KernelOf(model, train) : null,
            Fairness = _groups.TryGetValue(seed, out var sensitive) ? FairnessRecord.Of(test.Labels, testPredictions, sensitive.Groups, sensitive.PositiveClass) : null,
            Sweep = modelSpec.Sweep is { } point ? SweepRecord.Of(modelSpec.BaseName, point, cv!.FoldAccuracies) : null,
        };
    }

    /// <summary>Gives a model that checkpoints its training the job's checkpoint file, so that <c>qml run --resume</c>
    /// continues an interrupted training from its last checkpoint.</summary>
    private JsonCheckpointStore? CheckpointsOf(NamedClassifier model, string name, int seed)
    {
        if (CheckpointFolder is null || model.Inner is not IParametricClassifier { Training.CheckpointEvery: > 0 } trainable) return null;
        var safe = string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        var store = new JsonCheckpointStore(Path.Combine(CheckpointFolder, $"{safe}-seed{seed}.json"));
        trainable.Checkpoints = store;
        return store;
    }

    /// <summary>Predicts a 30 × 30 grid over the data's bounding box (10% margin): 900 predictions, a fraction of a
    /// second of circuits even for a quantum model.</summary>
    private static async Task<DecisionGrid> GridAsync(NamedClassifier model, Dataset train, Dataset test, CancellationToken ct)
    {
        const int size = 30;
        var all = train.Features.Concat(test.Features).ToArray();
        var (x0, x1) = Range(all.Select(p => p[0]));
        var (y0, y1) = Range(all.Select(p => p[1]));
        var centres = DecisionGrid.Centres(x0, x1, y0, y1, size);
        var classes = (await model.PredictProbabilitiesAsync(centres, ct).ConfigureAwait(false)).Select(ClassifierExtensions.ArgMax).ToArray();
        return new DecisionGrid(x0, x1, y0, y1, size, classes, test.Features.Select(p => p[0]).ToArray(), test.Features.Select(p => p[1]).ToArray());
    }

    private static KernelMatrixRecord? KernelOf(NamedClassifier model, Dataset train)
    {
        if (model.Inner is not QuantumKernelSvm { KernelMatrix: { } k } || train.Count > 250) return null;
        var order = Enumerable.Range(0, train.Count).OrderBy(i => train.Labels[i]).ThenBy(i => i).ToArray();
        return new KernelMatrixRecord(order.Select(i => order.Select(j => k[i, j]).ToArray()).ToArray(), order.Select(i => train.Labels[i]).ToArray());
    }

    private static (double Min, double Max) Range(IEnumerable<double> values)
    {
        var list = values.ToList();
        var (min, max) = (list.Min(), list.Max());
        var margin = Math.Max(1e-9, 0.1 * (max - min));
        return (min - margin, max + margin);
    }
}
