using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Combinatorial.Baselines;

/// <summary>Greedy construction plus 1-flip local search: spins are set one at a time in random order, each to the sign
/// that lowers the energy against the spins already set, then single flips that lower the energy are made until none
/// does (a local minimum). A read is one construction and descent; threads run reads.</summary>
public sealed class GreedyLocalSearch : ICombinatorialSolver
{
    /// <inheritdoc/>
    public string Name => "greedy";

    /// <inheritdoc/>
    public SolverResult Solve(IsingModel model, SolverOptions options, CancellationToken cancellationToken = default)
    {
        var run = new SearchRun(model, options, cancellationToken);
        run.RunWorkers(_ => Worker(run));
        return run.Finish(Name, WorkUnit.Iterations, shortReads: true);
    }

    private static void Worker(SearchRun run)
    {
        var model = run.Model;
        var n = model.SpinCount;
        var order = new int[n];
        var spins = new sbyte[n];
        var fields = new double[n];
        while (run.TryBeginRead(out var read))
        {
            var started = run.Elapsed;
            var rng = Xoshiro256.ForStream(run.Seed, read);
            for (var i = 0; i < n; i++) order[i] = i;
            for (var i = n - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }
            // Unset spins are 0, so the fields count only the spins already set.
            Array.Clear(spins);
            model.FieldArray.CopyTo(fields, 0);
            foreach (var i in order)
            {
                spins[i] = fields[i] > 0 ? (sbyte)-1 : fields[i] < 0 ? (sbyte)1 : rng.NextSpin();
                Move(model, fields, i, spins[i]);
            }
            Descend(model, spins, fields, run);
            run.AddWork(1);
            var energy = model.Energy(spins);
            run.Offer(spins, energy);
            run.EndRead(energy, run.Elapsed - started);
        }
    }

    // Spin i changes by `change` (a new value, or minus twice a flipped one): each neighbour's field moves by J·change.
    private static void Move(IsingModel model, double[] fields, int i, int change)
    {
        for (var k = model.RowStart[i]; k < model.RowStart[i + 1]; k++) fields[model.Neighbors[k]] += model.Weights[k] * change;
    }

    // First-improvement passes until a pass flips nothing.
    internal static void Descend(IsingModel model, sbyte[] spins, double[] fields, SearchRun? run = null)
    {
        for (var improved = true; improved && run?.Stopping != true;)
        {
            improved = false;
            for (var i = 0; i < spins.Length; i++)
            {
                var delta = -2 * spins[i] * fields[i];
                if (delta >= -EnergyTolerance.Of(delta)) continue;
                spins[i] = (sbyte)-spins[i];
                Move(model, fields, i, 2 * spins[i]);
                improved = true;
            }
        }
    }
}
