using System.Text.Json.Serialization;
using QuantumML.Models;

namespace QuantumML.Experiments.Results;

/// <summary>One trained and evaluated (model, seed) pair.</summary>
/// <param name="Model">The model's name in the spec.</param>
/// <param name="Kind">"quantum" or "classical".</param>
/// <param name="Seed">The seed of data, split and training.</param>
/// <param name="Metrics">Scores and costs, by name (see <see cref="MetricNames"/>).</param>
/// <param name="Epochs">Training history.</param>
/// <param name="TestPredictions">Predicted test labels, for paired tests across models.</param>
/// <param name="TestLabels">True test labels.</param>
public sealed record RunRecord(
    string Model,
    string Kind,
    int Seed,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<EpochRecord> Epochs,
    [property: JsonPropertyName("test_predictions")] int[] TestPredictions,
    [property: JsonPropertyName("test_labels")] int[] TestLabels)
{
    /// <summary>Predicted classes over the feature plane, for 2-D data and the spec's first seed only.</summary>
    [JsonPropertyName("decision_grid")]
    public DecisionGrid? DecisionGrid { get; init; }

    /// <summary>The configuration's name in the spec, when the job name adds an instance or a sweep point to it.</summary>
    public string? Group { get; init; }

    /// <summary>The problem instance (a bond length, a graph) of VQE and optimization jobs.</summary>
    public string? Instance { get; init; }

    /// <summary>The job's circuit (quantum jobs, first seed), or null.</summary>
    public CircuitRecord? Circuit { get; init; }

    /// <summary>An optimization solver's best value against time, each time it improved.</summary>
    public IReadOnlyList<TimedValue>? Trace { get; init; }

    /// <summary>The communities a graph method found (graph jobs), with the graph itself for the spec's first seed.</summary>
    public CommunityRecord? Communities { get; init; }

    /// <summary>For a candidate of a hyper-parameter sweep: its values and cross-validation scores on the training split.</summary>
    public SweepRecord? Sweep { get; init; }

    /// <summary>Which engine ran each of the job's circuits, and why (quantum jobs).</summary>
    public IReadOnlyList<EngineRecord>? Engines { get; init; }

    /// <summary>The job's CPU time, energy and CO2e, or null in results written before they were recorded.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EnergyRecord? Energy { get; init; }

    /// <summary>The test predictions per group of the spec's sensitive feature, or null when it names none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FairnessRecord? Fairness { get; init; }

    /// <summary>The loss landscape along a landscape task's training path (its trajectory jobs); left out of other runs' JSON,
    /// so that their results files stay as they were.</summary>
    [JsonPropertyName("loss_grid")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LossGridRecord? LossGrid { get; init; }

    /// <summary>The training kernel matrix of a kernel model, for the spec's first seed and at most 250 training points.</summary>
    [JsonPropertyName("kernel_matrix")]
    public KernelMatrixRecord? KernelMatrix { get; init; }
}

/// <summary>A value at a moment of a run.</summary>
/// <param name="Seconds">Wall-clock seconds since the run started.</param>
/// <param name="Value">The value then.</param>
public sealed record TimedValue(double Seconds, double Value);

/// <summary>A kernel matrix with the labels of its rows, ordered by label so that class blocks show.</summary>
/// <param name="Values">Values[i][j] = k(x_i, x_j).</param>
/// <param name="Labels">The class of each row.</param>
public sealed record KernelMatrixRecord(double[][] Values, int[] Labels);

/// <summary>The metric keys of <see cref="RunRecord.Metrics"/>.</summary>
public static class MetricNames
{
    /// <summary>Accuracy on the test split.</summary>
    public const string TestAccuracy = "test_accuracy";
    /// <summary>Accuracy on the training split.</summary>
    public const string TrainAccuracy = "train_accuracy";
    /// <summary>Balanced accuracy on the test split.</summary>
    public const string BalancedAccuracy = "test_balanced_accuracy";
    /// <summary>Macro F1 on the test split.</summary>
    public const string F1 = "test_f1";
    /// <summary>ROC AUC on the test split (macro one-vs-rest).</summary>
    public const string RocAuc = "test_roc_auc";
    /// <summary>Log-loss on the test split.</summary>
    public const string LogLoss = "test_log_loss";
    /// <summary>Wall time of training.</summary>
    public const string FitSeconds = "fit_seconds";
    /// <summary>Wall time of predicting both splits.</summary>
    public const string PredictSeconds = "predict_seconds";
    /// <summary>Circuits evaluated in training.</summary>
    public const string CircuitEvaluations = "circuit_evaluations";
    /// <summary>Q# runs in training.</summary>
    public const string QSharpRuns = "qsharp_runs";
    /// <summary>Prefix of a noise study's test accuracy at one level, e.g. <c>noisy_test_accuracy@depolarizing=0.01</c>.</summary>
    public const string NoisyTestAccuracyPrefix = "noisy_test_accuracy@";
    /// <summary>A sweep candidate's mean accuracy over the held-out folds of the training split.</summary>
    public const string CvAccuracy = "cv_accuracy";
    /// <summary>The sample standard deviation of those fold accuracies.</summary>
    public const string CvAccuracySd = "cv_accuracy_sd";
    /// <summary>Wall time of a candidate's cross-validation (every fold's fit and prediction).</summary>
    public const string CvSeconds = "cv_seconds";
    /// <summary>Circuits evaluated by a candidate's cross-validation fits.</summary>
    public const string CvCircuitEvaluations = "cv_circuit_evaluations";
    /// <summary>Shots spent in training: circuit evaluations × shots per circuit in the sampling modes, 0 in exact mode.</summary>
    public const string Shots = "shots";
    /// <summary>Epochs actually trained (fewer than the budget when early stopping stopped the run).</summary>
    public const string EpochsTrained = "epochs_trained";
    /// <summary>The epoch with the lowest validation loss, when early stopping is on.</summary>
    public const string BestEpoch = "best_epoch";
    /// <summary>1 when early stopping ended training before its budget, 0 otherwise (absent when it is off).</summary>
    public const string StoppedEarly = "stopped_early";
}
