using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Specs;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Classification: quantum classifiers and kernels against classical baselines, every model on the same split of
/// each seed, with sweeps, noise studies and federated training.</summary>
public sealed class ClassificationTask : ExperimentTask
{
    /// <summary>The task's name in specs (the default when a spec names none).</summary>
    public const string TaskName = ExperimentTasks.Default;

    private static readonly string[] s_metrics =
    [
        MetricNames.TestAccuracy, MetricNames.TrainAccuracy, MetricNames.BalancedAccuracy, MetricNames.F1, MetricNames.RocAuc,
        MetricNames.LogLoss, MetricNames.FitSeconds, MetricNames.PredictSeconds, MetricNames.CircuitEvaluations, MetricNames.QSharpRuns,
        MetricNames.Shots,
    ];

    private static readonly string[] s_sweepMetrics = [MetricNames.CvAccuracy, MetricNames.CvAccuracySd, MetricNames.CvSeconds, MetricNames.CvCircuitEvaluations];

    /// <inheritdoc/>
    public override string Name => TaskName;

    /// <inheritdoc/>
    public override string Description => "quantum classifiers and kernels against classical baselines on identical splits";

    /// <inheritdoc/>
    public override ITaskSpec Parse(SettingsReader root, bool checkFiles) => ClassificationSpecLoader.Parse(root, checkFiles);

    /// <inheritdoc/>
    public override ITaskRunner CreateRunner(ITaskSpec spec, TaskContext context)
    {
        var classification = (ClassificationSpec)spec;
        var models = context.Folder is null ? null : new ModelWriter(context.Folder, classification, context.SpecFile, context.Check, context.Runtime.QdkVersion);
        return new ClassificationRunner(classification, new ModelFactory(context.Runtime, context.Project), context.Runtime.QdkVersion, context.Parallelism, context.Callables)
        {
            CheckpointFolder = context.Folder is null ? null : Path.Combine(context.Folder, RunStore.CheckpointFolder),
            Models = models,
        };
    }

    /// <inheritdoc/>
    public override IReadOnlyList<string> RequiredMetrics(RunRecord run) => run.Sweep is null ? s_metrics : [.. s_metrics, .. s_sweepMetrics];

    /// <inheritdoc/>
    public override void CheckRun(RunRecord run, Func<string, ResultsFileException> fail)
    {
        if (run.TestLabels.Length == 0) throw fail("$.test_labels is empty");
    }

    /// <inheritdoc/>
    public override string WriteReport(string folder, ExperimentResult result) => ClassificationReport.Write(folder, result);

    /// <inheritdoc/>
    public override string Table(ExperimentResult result) => ClassificationReport.Table(result);

    /// <inheritdoc/>
    public override void CheckSaved(RunRecord run, string folder) => ModelWriter.CheckSaved(run, folder);

    /// <inheritdoc/>
    public override void CopySaved(RunRecord run, string source, string target) => ModelWriter.CopySaved(run, source, target);
}
