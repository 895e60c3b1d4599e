using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Specs;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Vqe;

/// <summary>Variational eigensolvers: ansatz configurations on Hamiltonians, against exact diagonalization.</summary>
public sealed class VqeTask : ExperimentTask
{
    /// <summary>The task's name in specs.</summary>
    public const string TaskName = "vqe";

    private static readonly string[] s_metrics =
    [
        VqeMetrics.Energy, VqeMetrics.ExactEnergy, VqeMetrics.Error, VqeMetrics.RelativeError, VqeMetrics.Parameters, VqeMetrics.Qubits,
        VqeMetrics.MeasurementGroups, VqeMetrics.Iterations, VqeMetrics.FinalEstimate, MetricNames.FitSeconds, MetricNames.CircuitEvaluations,
        MetricNames.QSharpRuns, MetricNames.Shots,
    ];

    /// <inheritdoc/>
    public override string Name => TaskName;

    /// <inheritdoc/>
    public override string Description => "variational eigensolvers in Q# against exact ground energies";

    /// <inheritdoc/>
    public override ITaskSpec Parse(SettingsReader root, bool checkFiles) => VqeSpecLoader.Parse(root, checkFiles);

    /// <inheritdoc/>
    public override ITaskRunner CreateRunner(ITaskSpec spec, TaskContext context) =>
        new VqeRunner((VqeSpec)spec, context.Runtime, context.Project, context.Parallelism) { Callables = context.Callables };

    /// <inheritdoc/>
    public override IReadOnlyList<string> RequiredMetrics(RunRecord run) => s_metrics;

    /// <inheritdoc/>
    public override string WriteReport(string folder, ExperimentResult result) => VqeReport.Write(folder, result);

    /// <inheritdoc/>
    public override string Table(ExperimentResult result) => VqeReport.Table(result);
}
