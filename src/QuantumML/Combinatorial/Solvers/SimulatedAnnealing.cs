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
        var model = run.Model;
        var n = model.SpinCount;
        var spins = new sbyte[n];
        var fields = new double[n];
        var table = Array.Empty<uint>();
        var sweeps = _settings.Sweeps;
        while (run.TryBeginRead(out var read))
        {
            var started = run.Elapsed;
            var rng = Xoshiro256.ForStream(run.Seed, read);
            for (var i = 0; i < n; i++) spins[i] = rng.NextSpin();
            model.LocalFields(spins).CopyTo(fields, 0);
            var done = 0;
            for (; done < sweeps && !run.Stopping; done++)
                Metropolis.Sweep(model, spins, fields, betas.Geometric(done, sweeps), ref table, ref rng);
            run.AddWork((long)done * n);
            var energy = model.Energy(spins);
            run.Offer(spins, energy);
            if (done == sweeps) run.EndRead(energy, run.Elapsed - started);
        }
    }
}
