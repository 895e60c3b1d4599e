using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Specs;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Landscape;

/// <summary>Why a variational circuit trains or does not: gradient variances against qubits (barren plateaus),
/// expressibility and entangling capability of ansatzes.</summary>
public sealed class LandscapeTask : ExperimentTask
{
    /// <summary>The task's name in specs.</summary>
    public const string TaskName = "landscape";

    /// <inheritdoc/>
    public override string Name => TaskName;

    /// <inheritdoc/>
    public override string Description => "barren plateaus, expressibility and entangling capability of Q# ansatzes";

    /// <inheritdoc/>
    public override ITaskSpec Parse(SettingsReader root, bool checkFiles) => LandscapeSpecLoader.Parse(root);

    /// <inheritdoc/>
    public override ITaskRunner CreateRunner(ITaskSpec spec, TaskContext context) =>
        new LandscapeRunner((LandscapeSpec)spec, context.Runtime, context.Project, context.Parallelism) { Callables = context.Callables };

    /// <inheritdoc/>
    public override IReadOnlyList<string> RequiredMetrics(RunRecord run) =>
        run.Instance == LandscapeJob.Prefix(LandscapeJobKind.Expressibility) ? LandscapeMetrics.ExpressibilityKeys : LandscapeMetrics.GradientKeys;

    /// <inheritdoc/>
    public override void CheckRun(RunRecord run, Func<string, ResultsFileException> fail)
    {
        var prefix = run.Model.Split(':')[0];
        if (run.Instance != prefix) throw fail($"the run of '{run.Model}' says it is a '{run.Instance}' scan; its job is a '{prefix}' scan");
        if (run.Group is null || !run.Model.StartsWith($"{prefix}:{run.Group}@", StringComparison.Ordinal))
            throw fail($"the run of '{run.Model}' names the ansatz '{run.Group}', not its job's");
    }

    /// <inheritdoc/>
    public override string WriteReport(string folder, ExperimentResult result) => LandscapeReport.Write(folder, result);

    /// <inheritdoc/>
    public override string Table(ExperimentResult result) => LandscapeReport.Table(result);
}
