using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Specs;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Optimization;

/// <summary>Combinatorial optimization: solvers (QAOA in Q#, quantum-inspired heuristics, classical baselines) on Ising,
/// QUBO and MaxCut instances, against best-known or exact optima.</summary>
public sealed class OptimizationTask : ExperimentTask
{
    /// <summary>The task's name in specs.</summary>
    public const string TaskName = "optimization";

    private static readonly string[] s_metrics =
    [
        OptimizationMetrics.Variables, OptimizationMetrics.Maximize, OptimizationMetrics.Energy, OptimizationMetrics.Value,
        OptimizationMetrics.WallSeconds, MetricNames.FitSeconds,
    ];

    /// <inheritdoc/>
    public override string Name => TaskName;

    /// <inheritdoc/>
    public override string Description => "QAOA and quantum-inspired solvers against classical ones on Ising, QUBO and MaxCut instances";

    /// <inheritdoc/>
    public override ITaskSpec Parse(SettingsReader root, bool checkFiles) => OptimizationSpecLoader.Parse(root, checkFiles);

    /// <inheritdoc/>
    public override ITaskRunner CreateRunner(ITaskSpec spec, TaskContext context) =>
        new OptimizationRunner((OptimizationSpec)spec, context.Runtime, context.Project);

    /// <inheritdoc/>
    public override IReadOnlyList<string> RequiredMetrics(RunRecord run) => s_metrics;

    /// <inheritdoc/>
    public override string WriteReport(string folder, ExperimentResult result) => OptimizationReport.Write(folder, result);

    /// <inheritdoc/>
    public override string Table(ExperimentResult result) => OptimizationReport.Table(result);
}
