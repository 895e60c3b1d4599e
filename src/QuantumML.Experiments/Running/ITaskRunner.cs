using QuantumML.Experiments.Results;

namespace QuantumML.Experiments.Running;

/// <summary>Runs the (seed, job) grid of a spec of any task, one <see cref="RunRecord"/> per job.</summary>
public interface ITaskRunner
{
    /// <summary>Which jobs to run, by index in <see cref="Specs.TaskJobs.Of"/> order; null runs all (resume and shards skip some).</summary>
    Func<int, bool>? Include { get; set; }

    /// <summary>Runs the jobs; <paramref name="ready"/> hears when everything is checked and the first job may
    /// start, <paramref name="progress"/> of each finished job.</summary>
    Task<ExperimentResult> RunAsync(Action<RunRecord>? progress = null, Action? ready = null, CancellationToken ct = default);

    /// <summary>How many jobs run at once.</summary>
    int Parallelism { get; }

    /// <summary>A one-line account of a finished job, for progress output.</summary>
    string Describe(RunRecord record);
}
