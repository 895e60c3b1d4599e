using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks;
using QuantumML.QSharp;

namespace QuantumML.Experiments.Running;

/// <summary>One run of a spec, planned and checked before any work: the spec, its results folder and store, the runs
/// an interrupted run already finished there, and the shard; <see cref="RunAsync"/> runs the rest and writes the result.</summary>
public sealed class RunPlan
{
    private readonly HashSet<(string Job, int Seed)> _finished;

    internal RunPlan(ITaskSpec spec, string specFile, string? folder, IReadOnlyList<RunRecord> finished, Shard? shard)
    {
        Spec = spec;
        SpecFile = specFile;
        Folder = folder;
        Store = folder is null ? null : new RunStore(folder);
        Finished = finished;
        Shard = shard;
        Jobs = TaskJobs.Of(spec);
        _finished = finished.Select(r => (r.Model, r.Seed)).ToHashSet();
        ToDo = Enumerable.Range(0, Jobs.Count).Count(Includes);
    }

    /// <summary>The spec.</summary>
    public ITaskSpec Spec { get; }

    /// <summary>The spec's task.</summary>
    public ExperimentTask Task => ExperimentTasks.Of(Spec);

    /// <summary>The spec file as given.</summary>
    public string SpecFile { get; }

    /// <summary>The results folder, or null for a run that writes nothing (a preset printed only).</summary>
    public string? Folder { get; }

    /// <summary>The results folder's run store, or null when nothing is written.</summary>
    public RunStore? Store { get; }

    /// <summary>The runs an interrupted run already finished in the folder.</summary>
    public IReadOnlyList<RunRecord> Finished { get; }

    /// <summary>The shard run, or null for every job.</summary>
    public Shard? Shard { get; }

    /// <summary>Every (seed, job) of the spec, in results order.</summary>
    public IReadOnlyList<(int Seed, string Job)> Jobs { get; }

    /// <summary>How many jobs this run does.</summary>
    public int ToDo { get; }

    /// <summary>Whether job <paramref name="index"/> (of <see cref="Jobs"/>) is this run's: in its shard and not finished.</summary>
    public bool Includes(int index) =>
        (Shard?.Contains(index) ?? true) && !_finished.Contains((Jobs[index].Job, Jobs[index].Seed));

    /// <summary>How many of each job's seeds this run does, for each job of the spec in order.</summary>
    public IReadOnlyList<(string Job, int Seeds)> ToDoByJob() =>
        [.. Spec.JobNames.Select(job => (job, Enumerable.Range(0, Jobs.Count).Count(i => Includes(i) && Jobs[i].Job == job)))];

    /// <summary>How many finished runs the folder holds now (after a failure or an interruption, those kept).</summary>
    public int Kept() => Store?.Load().Count ?? 0;

    /// <summary>Runs the planned jobs, saving each to the store as it finishes, then writes <c>results.json</c> (every run
    /// of the folder, in job order) and the report.</summary>
    /// <param name="runtime">The Q# runtime.</param>
    /// <param name="project">The Q# project.</param>
    /// <param name="check">The compiler's check of the project (null when the spec runs no Q#): its callables check the
    /// names the spec uses, and saved models record it.</param>
    /// <param name="parallelism">How many jobs run at once; range ≥ 1 (a task may run fewer).</param>
    /// <param name="progress">Hears when the run is ready and of each finished job.</param>
    /// <param name="ct">Stops the run; the finished runs stay saved.</param>
    /// <exception cref="ModelFailedException">A job failed; the runs finished before it stay saved.</exception>
    public async Task<RunOutcome> RunAsync(QSharpRuntime runtime, QSharpProject project, CheckResult? check, int parallelism, IRunProgress? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var runner = Task.CreateRunner(Spec, new TaskContext(runtime, project, parallelism)
        {
            Callables = check?.Callables.ToHashSet(StringComparer.Ordinal),
            Check = check,
            Folder = Folder,
            SpecFile = SpecFile,
        });
        runner.Include = Includes;
        var done = 0;
        var result = await runner.RunAsync(record =>
        {
            Store?.Save(record);
            progress?.Finished(this, record, Interlocked.Increment(ref done), runner.Describe(record));
        }, () =>
        {
            Store?.SaveSpec(Spec.Source);
            progress?.Ready(this, runner.Parallelism);
        }, ct).ConfigureAwait(false);
        result = result with { Runs = TaskJobs.InOrder(Spec, Finished.Concat(result.Runs)) };
        return Write(Folder, result);
    }

    /// <summary>Writes <paramref name="result"/>'s <c>results.json</c> and report into <paramref name="folder"/> (none when null).</summary>
    internal static RunOutcome Write(string? folder, ExperimentResult result)
    {
        var task = ExperimentTasks.Of(result);
        if (folder is null) return new RunOutcome(result, null, null, task.Table(result));
        var path = ResultsFile.Write(folder, result);
        var report = task.WriteReport(folder, result);
        return new RunOutcome(result, path, report, task.Table(result));
    }
}
