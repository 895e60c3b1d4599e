using System.Diagnostics;
using System.Globalization;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;

namespace QuantumML.Experiments.Running;

/// <summary>The shared loop of the VQE and optimization runners: prepare once, then run the included
/// (seed, job) pairs at most <paramref name="parallelism"/> at a time, reporting each as it finishes.</summary>
/// <param name="spec">The spec whose grid is run.</param>
/// <param name="qdkVersion">The qsharp-lang version, for the record.</param>
/// <param name="parallelism">How many jobs run at once; range ≥ 1.</param>
public abstract class JobGridRunner(ITaskSpec spec, string qdkVersion, int parallelism) : ITaskRunner
{
    /// <inheritdoc/>
    public Func<int, bool>? Include { get; set; }

    /// <inheritdoc/>
    public int Parallelism => parallelism;

    /// <inheritdoc/>
    public abstract string Describe(RunRecord record);

    /// <summary>Loads and checks everything the jobs need; a problem is a <see cref="QuantumML.Settings.SpecException"/> naming its field.</summary>
    protected abstract Task PrepareAsync(CancellationToken ct);

    /// <summary>Runs job <paramref name="job"/> (an index into the spec's <see cref="ITaskSpec.JobNames"/>) for one seed.</summary>
    protected abstract Task<RunRecord> RunJobAsync(int job, int seed, CancellationToken ct);

    /// <inheritdoc/>
    public async Task<ExperimentResult> RunAsync(Action<RunRecord>? progress = null, Action? ready = null, CancellationToken ct = default)
    {
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        await PrepareAsync(ct).ConfigureAwait(false);
        ready?.Invoke();
        var jobs = TaskJobs.Of(spec);
        var perSeed = spec.JobNames.Count;
        var records = new RunRecord?[jobs.Count];
        var energy = new JobEnergyLedger(new QuantumML.Energy.EnergyMeter(EnergySettings.Of(spec.Source)));
        using var gate = new SemaphoreSlim(parallelism);
        await Task.WhenAll(Enumerable.Range(0, jobs.Count).Where(i => Include?.Invoke(i) ?? true).Select(async index =>
        {
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                var (seed, job) = jobs[index];
                var ticket = energy.Start();
                try
                {
                    var record = await RunJobAsync(index % perSeed, seed, ct).ConfigureAwait(false);
                    records[index] = record with { Energy = energy.Stop(ticket) };
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new ModelFailedException(job, seed, e);
                }
                progress?.Invoke(records[index]!);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        var environment = new RunEnvironment(qdkVersion, Environment.Version.ToString(), Environment.ProcessorCount,
            started.ToString("o", CultureInfo.InvariantCulture), clock.Elapsed.TotalSeconds);
        return new ExperimentResult(spec.Source, records.OfType<RunRecord>().ToList(), environment);
    }
}
