using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Specs;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Graph;

/// <summary>Graph learning: community detection and node classification (spectral clustering, a GCN, modularity and
/// min-cut QUBOs by the solvers and QAOA), scored against known classes.</summary>
public sealed class GraphTask : ExperimentTask
{
    /// <summary>The task's name in specs.</summary>
    public const string TaskName = "graph";

    private static readonly string[] s_metrics = [GraphMetrics.Nodes, GraphMetrics.Edges, GraphMetrics.Modularity, GraphMetrics.CommunityCount, MetricNames.FitSeconds];

    /// <inheritdoc/>
    public override string Name => TaskName;

    /// <inheritdoc/>
    public override string Description => "community detection and node classification on graphs, classical and in Q#";

    /// <inheritdoc/>
    public override ITaskSpec Parse(SettingsReader root, bool checkFiles) => GraphSpecLoader.Parse(root, checkFiles);

    /// <inheritdoc/>
    public override ITaskRunner CreateRunner(ITaskSpec spec, TaskContext context) =>
        new GraphRunner((GraphSpec)spec, context.Runtime, context.Project, context.Parallelism);

    /// <inheritdoc/>
    public override IReadOnlyList<string> RequiredMetrics(RunRecord run) => s_metrics;

    /// <inheritdoc/>
    public override string WriteReport(string folder, ExperimentResult result) => GraphReport.Write(folder, result);

    /// <inheritdoc/>
    public override string Table(ExperimentResult result) => GraphReport.Table(result);
}
