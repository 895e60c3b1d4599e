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
        var model = run.Model;
        var n = model.SpinCount;
        var r = betas.Length;
        var spins = new sbyte[r][];
        var fields = new double[r][];
        var energies = new double[r];
        var at = new int[r];   // at[k]: the replica now at temperature k
        var best = new sbyte[n];
        var table = Array.Empty<uint>();
        for (var k = 0; k < r; k++) spins[k] = new sbyte[n];
        while (run.TryBeginRead(out var read))
        {
            var started = run.Elapsed;
            var rng = Xoshiro256.ForStream(run.Seed, read);
            for (var k = 0; k < r; k++)
            {
                for (var i = 0; i < n; i++) spins[k][i] = rng.NextSpin();
                fields[k] = model.LocalFields(spins[k]);
                energies[k] = model.Energy(spins[k]);
                at[k] = k;
            }
            var bestEnergy = energies[0];
            spins[0].CopyTo(best, 0);
            var done = 0;
            for (; done < _settings.Sweeps && !run.Stopping; done++)
            {
                for (var k = 0; k < r; k++)
                {
                    var x = at[k];
                    energies[x] += Metropolis.Sweep(model, spins[x], fields[x], betas[k], ref table, ref rng);
                    if (energies[x] < bestEnergy - EnergyTolerance.Of(bestEnergy))
                    {
                        bestEnergy = energies[x];
                        spins[x].CopyTo(best, 0);
                    }
                }
                // Alternate even and odd pairs so that every pair is tried every second sweep.
                for (var k = done % 2; k + 1 < r; k += 2)
                {
                    var (a, b) = (at[k], at[k + 1]);
                    var log = (betas[k] - betas[k + 1]) * (energies[a] - energies[b]);
                    if (log >= 0 || rng.NextDouble() < Math.Exp(log)) (at[k], at[k + 1]) = (b, a);
                }
            }
            run.AddWork((long)done * r * n);
            run.Offer(best, bestEnergy);
            if (done == _settings.Sweeps) run.EndRead(model.Energy(best), run.Elapsed - started);
        }
    }
}
