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
        ArgumentOutOfRangeException.ThrowIfLessThan(_settings.Sweeps, 1);
        var run = new SearchRun(model, options, cancellationToken);
        var betas = _settings.Betas ?? BetaRange.For(model);
        betas.Validate();
        run.RunWorkers(_ => Worker(run, betas));
        return run.Finish(Name, WorkUnit.SpinFlipAttempts, shortReads: true);
    }

    private void Worker(SearchRun run, BetaRange betas)
    {
        var model = run.Model;
        var n = model.SpinCount;
        var spins = new sbyte[n];
        var fields = new double[n];
        var rowStart = model.RowStart;
        var neighbors = model.Neighbors;
        var weights = model.Weights;
        var sweeps = _settings.Sweeps;
        while (run.TryBeginRead(out var read))
        {
            var started = run.Elapsed;
            var rng = Xoshiro256.ForStream(run.Seed, read);
            for (var i = 0; i < n; i++) spins[i] = rng.NextSpin();
            model.LocalFields(spins).CopyTo(fields, 0);
            var done = 0;
            for (; done < sweeps && !run.Stopping; done++)
            {
                var beta = betas.Geometric(done, sweeps);
                for (var i = 0; i < n; i++)
                {
                    var s = spins[i];
                    var delta = -2 * s * fields[i];
                    if (delta <= 0 || rng.NextDouble() < Math.Exp(-beta * delta))
                    {
                        spins[i] = (sbyte)-s;
                        for (var k = rowStart[i]; k < rowStart[i + 1]; k++) fields[neighbors[k]] -= 2 * s * weights[k];
                    }
                }
            }
            run.AddWork((long)done * n);
            var energy = model.Energy(spins);
            run.Offer(spins, energy);
            if (done == sweeps) run.EndRead(energy, run.Elapsed - started);
        }
    }
}
