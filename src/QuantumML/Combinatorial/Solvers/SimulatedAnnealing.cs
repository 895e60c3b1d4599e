using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>Simulated annealing: single-spin Metropolis with sequential sweeps and a geometric β schedule, one
/// independent read per random start, reads spread over threads.</summary>
/// <remarks>S. Kirkpatrick, C. D. Gelatt, M. P. Vecchi, "Optimization by Simulated Annealing", Science 220 (1983).</remarks>
public sealed class SimulatedAnnealing(SimulatedAnnealingOptions? settings = null) : ICombinatorialSolver
{
    private readonly SimulatedAnnealingOptions _settings = settings ?? new();

    /// <inheritdoc/>
    public string Name => "sa";

    /// <inheritdoc/>
    public SolverResult Solve(IsingModel model, SolverOptions options, CancellationToken cancellationToken = default)
    {
        _settings.Validate();
        var run = new SearchRun(model, options, cancellationToken);
        var betas = _settings.Betas ?? BetaRange.For(model);
        run.RunWorkers(_ => Worker(run, betas));
        return run.Finish(Name, WorkUnit.SpinFlipAttempts, shortReads: true);
    }

    private void Worker(SearchRun run, BetaRange betas)
    {
        var replica = new SpinReplica(run.Model);
        var metropolis = new Metropolis(run.Model);
        var sweeps = _settings.Sweeps;
        while (run.TryBeginRead(out var read))
        {
            var started = run.Elapsed;
            var rng = Xoshiro256.ForStream(run.Seed, read);
            replica.Randomize(ref rng);
            var done = 0;
            for (; done < sweeps && !run.Stopping; done++)
            {
                metropolis.SetBeta(betas.Geometric(done, sweeps));
                metropolis.Sweep(replica, ref rng);
            }
            run.AddWork((long)done * replica.Spins.Length);
            run.Offer(replica.Spins, replica.Energy);
            if (done == sweeps) run.EndRead(run.Model.Energy(replica.Spins), run.Elapsed - started);
        }
    }
}
