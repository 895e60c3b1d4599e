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
    public override IReadOnlyList<string> RequiredMetrics(RunRecord run) => run.Instance switch
    {
        "expr" => LandscapeMetrics.ExpressibilityKeys,
        "path" => LandscapeMetrics.TrajectoryKeys,
        _ => LandscapeMetrics.GradientKeys,
    };

    /// <inheritdoc/>
    public override void CheckRun(RunRecord run, Func<string, ResultsFileException> fail)
    {
        var prefix = run.Model.Split(':')[0];
        ArgumentNullException.ThrowIfNull(fail);
        if (run.Instance != prefix) throw fail($"the run of '{run.Model}' says it is a '{run.Instance}' scan; its job is a '{prefix}' scan");
        if (run.Group is null || !run.Model.StartsWith($"{prefix}:{run.Group}@", StringComparison.Ordinal))
            throw fail($"the run of '{run.Model}' names the ansatz '{run.Group}', not its job's");
        if (prefix == LandscapeJob.Prefix(LandscapeJobKind.Trajectory))
        {
            if (run.LossGrid is not { } g) throw fail("$.loss_grid is missing: a trajectory run records its loss landscape");
            if (g.Alphas.Length < 2 || g.Betas.Length < 2 || g.Loss.Length != g.Betas.Length || g.Loss.Any(row => row.Length != g.Alphas.Length))
                throw fail($"$.loss_grid.loss must have one row of {g.Alphas.Length} values per beta ({g.Betas.Length}), at least 2 × 2");
            if (g.PathAlpha.Length != g.PathBeta.Length || g.PathAlpha.Length < 2)
                throw fail("$.loss_grid.path_alpha and path_beta must have one value per step, at least two");
            if (g.Loss.SelectMany(row => row).Concat(g.Alphas).Concat(g.Betas).Concat(g.PathAlpha).Concat(g.PathBeta).Any(v => !double.IsFinite(v)))
                throw fail("$.loss_grid holds a value that is not a finite number");
        }
    }

    /// <inheritdoc/>
    public override string WriteReport(string folder, ExperimentResult result) => LandscapeReport.Write(folder, result);

    /// <inheritdoc/>
    public override string Table(ExperimentResult result) => LandscapeReport.Table(result);
}
