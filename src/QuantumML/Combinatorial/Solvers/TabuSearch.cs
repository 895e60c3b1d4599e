using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>Tabu search with single flips: every move flips the spin whose flip lowers the energy most (or raises it
/// least) among those not flipped during the last tenure moves, unless the flip gives a new best of the walk
/// (aspiration). Ties are broken at random. A read is one walk from a random start; threads run independent walks.</summary>
/// <remarks>F. Glover, "Tabu Search—Part I", ORSA J. Computing 1 (1989). The energy changes of all flips are the local
/// fields: a move costs an O(n) scan plus O(degree) field updates.</remarks>
public sealed class TabuSearch(TabuSearchOptions? settings = null) : ICombinatorialSolver
{
    private readonly TabuSearchOptions _settings = settings ?? new();

    /// <inheritdoc/>
    public string Name => "tabu";

    /// <inheritdoc/>
    public SolverResult Solve(IsingModel model, SolverOptions options, CancellationToken cancellationToken = default)
    {
        _settings.Validate();
        var run = new SearchRun(model, options, cancellationToken);
        run.RunWorkers(_ => Worker(run));
        return run.Finish(Name, WorkUnit.Iterations, shortReads: false);
    }

    private void Worker(SearchRun run)
    {
        var model = run.Model;
        var n = model.SpinCount;
        var moves = _settings.Moves ?? 100 * n;
        var tenure = _settings.Tenure ?? n / 10;
        var spins = new sbyte[n];
        var fields = new double[n];
        var tabuUntil = new long[n];
        while (run.TryBeginRead(out var read))
        {
            var started = run.Elapsed;
            var rng = Xoshiro256.ForStream(run.Seed, read);
            for (var i = 0; i < n; i++) spins[i] = rng.NextSpin();
            model.LocalFields(spins).CopyTo(fields, 0);
            Array.Clear(tabuUntil);
            var energy = model.Energy(spins);
            var walkBest = energy;
            run.Offer(spins, energy);
            long move = 0;
            for (; move < moves; move++)
            {
                if ((move & 15) == 0 && run.Stopping) break;
                var chosen = Choose(spins, fields, tabuUntil, move, energy, walkBest, ref rng);
                if (chosen < 0) continue;
                var s = spins[chosen];
                energy += -2 * s * fields[chosen];
                spins[chosen] = (sbyte)-s;
                for (var k = model.RowStart[chosen]; k < model.RowStart[chosen + 1]; k++)
                    fields[model.Neighbors[k]] -= 2 * s * model.Weights[k];
                tabuUntil[chosen] = move + 1 + tenure + rng.NextInt(_settings.TenureSpread);
                if (energy < walkBest - EnergyTolerance.Of(walkBest))
                {
                    walkBest = energy;
                    run.Offer(spins, energy);
                }
            }
            run.AddWork(move);
            if (move == moves) run.EndRead(walkBest, run.Elapsed - started);
        }
    }

    // The best admissible flip (ties at random), or -1 if every spin is tabu and none aspires.
    private static int Choose(sbyte[] spins, double[] fields, long[] tabuUntil, long move, double energy, double walkBest, ref Xoshiro256 rng)
    {
        var chosen = -1;
        var bestDelta = double.PositiveInfinity;
        var ties = 0;
        // A tabu flip is allowed when it would give a new best of the walk.
        var aspiration = walkBest - EnergyTolerance.Of(walkBest) - energy;
        for (var i = 0; i < spins.Length; i++)
        {
            var delta = -2 * spins[i] * fields[i];
            if (delta > bestDelta || (tabuUntil[i] > move && delta >= aspiration)) continue;
            if (delta < bestDelta)
            {
                bestDelta = delta;
                chosen = i;
                ties = 1;
            }
            else if (rng.NextInt(++ties) == 0)
            {
                chosen = i;
            }
        }
        return chosen;
    }
}
