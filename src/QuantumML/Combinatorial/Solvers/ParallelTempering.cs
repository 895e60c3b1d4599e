using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>Parallel tempering (replica exchange Monte Carlo): replicas at fixed temperatures sweep independently, and
/// neighbouring temperatures swap replicas with probability min(1, exp((β_k - β_{k+1})(E_k - E_{k+1}))), so a
/// configuration can climb to a hot temperature, cross a barrier and cool again. A read is one such run from random
/// replicas; threads run independent reads.</summary>
/// <remarks>K. Hukushima, K. Nemoto, "Exchange Monte Carlo Method and Application to Spin Glass Simulations",
/// J. Phys. Soc. Jpn. 65 (1996), arXiv:cond-mat/9512035.</remarks>
public sealed class ParallelTempering(ParallelTemperingOptions? settings = null) : ICombinatorialSolver
{
    private readonly ParallelTemperingOptions _settings = settings ?? new();

    /// <inheritdoc/>
    public string Name => "pt";

    /// <inheritdoc/>
    public SolverResult Solve(IsingModel model, SolverOptions options, CancellationToken cancellationToken = default)
    {
        _settings.Validate();
        var run = new SearchRun(model, options, cancellationToken);
        var range = _settings.Betas ?? BetaRange.For(model);
        var betas = Enumerable.Range(0, _settings.Replicas).Select(k => range.Geometric(k, _settings.Replicas)).ToArray();
        run.RunWorkers(_ => Worker(run, betas));
        return run.Finish(Name, WorkUnit.SpinFlipAttempts, shortReads: true);
    }

    private void Worker(SearchRun run, double[] betas)
    {
        var n = run.Model.SpinCount;
        var r = betas.Length;
        var replicas = Enumerable.Range(0, r).Select(_ => new SpinReplica(run.Model)).ToArray();
        var metropolis = Enumerable.Range(0, r).Select(k => new Metropolis(run.Model)).ToArray();
        for (var k = 0; k < r; k++) metropolis[k].SetBeta(betas[k]);
        var at = new int[r];   // at[k]: the replica now at temperature k
        while (run.TryBeginRead(out var read))
        {
            var started = run.Elapsed;
            var rng = Xoshiro256.ForStream(run.Seed, read);
            for (var k = 0; k < r; k++)
            {
                replicas[k].Randomize(ref rng);
                at[k] = k;
            }
            var bestEnergy = replicas[0].Energy;
            run.Offer(replicas[0].Spins, bestEnergy);
            var done = 0;
            for (; done < _settings.Sweeps && !run.Stopping; done++)
            {
                for (var k = 0; k < r; k++)
                {
                    var replica = replicas[at[k]];
                    metropolis[k].Sweep(replica, ref rng);
                    if (replica.Energy < bestEnergy - EnergyTolerance.Of(bestEnergy))
                    {
                        bestEnergy = replica.Energy;
                        run.Offer(replica.Spins, bestEnergy);
                    }
                }
                // Alternate even and odd pairs so that every pair is tried every second sweep.
                for (var k = done % 2; k + 1 < r; k += 2)
                {
                    var log = (betas[k] - betas[k + 1]) * (replicas[at[k]].Energy - replicas[at[k + 1]].Energy);
                    if (log >= 0 || rng.NextDouble() < Math.Exp(log)) (at[k], at[k + 1]) = (at[k + 1], at[k]);
                }
            }
            run.AddWork((long)done * r * n);
            if (done == _settings.Sweeps) run.EndRead(bestEnergy, run.Elapsed - started);
        }
    }
}
