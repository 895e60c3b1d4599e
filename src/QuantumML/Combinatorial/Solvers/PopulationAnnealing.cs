using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>Population annealing: a population of replicas is cooled step by step; at each step every replica is
/// reweighted by exp(-Δβ·E) and the population resampled to its size (low energies multiply, high ones die out), then
/// each replica sweeps at the new temperature. A read is one annealed population; threads run independent reads.</summary>
/// <remarks>K. Hukushima, Y. Iba, "Population Annealing and Its Application to a Spin Glass", AIP Conf. Proc. 690 (2003),
/// arXiv:cond-mat/0305431; W. Wang, J. Machta, H. G. Katzgraber, Phys. Rev. E 92 (2015), arXiv:1502.02856.
/// Resampling is systematic (one uniform number), which keeps the population size fixed and adds little noise.</remarks>
public sealed class PopulationAnnealing(PopulationAnnealingOptions? settings = null) : ICombinatorialSolver
{
    private readonly PopulationAnnealingOptions _settings = settings ?? new();

    /// <inheritdoc/>
    public string Name => "pa";

    /// <inheritdoc/>
    public SolverResult Solve(IsingModel model, SolverOptions options, CancellationToken cancellationToken = default)
    {
        _settings.Validate();
        var run = new SearchRun(model, options, cancellationToken);
        var betas = _settings.Betas ?? BetaRange.For(model);
        run.RunWorkers(_ => new Population(run, _settings, betas).RunReads());
        return run.Finish(Name, WorkUnit.SpinFlipAttempts, shortReads: true);
    }

    /// <summary>One worker's population, with a second buffer to resample into.</summary>
    private sealed class Population(SearchRun run, PopulationAnnealingOptions settings, BetaRange betas)
    {
        private readonly IsingModel _model = run.Model;
        private readonly int _size = settings.Population;
        private readonly Metropolis _metropolis = new(run.Model);
        private readonly double[] _weights = new double[settings.Population];
        private SpinReplica[] _replicas = Allocate(run.Model, settings.Population);
        private SpinReplica[] _next = Allocate(run.Model, settings.Population);

        private static SpinReplica[] Allocate(IsingModel model, int count) => [.. Enumerable.Range(0, count).Select(_ => new SpinReplica(model))];

        public void RunReads()
        {
            while (run.TryBeginRead(out var read))
            {
                var started = run.Elapsed;
                var rng = Xoshiro256.ForStream(run.Seed, read);
                foreach (var replica in _replicas) replica.Randomize(ref rng);
                var bestEnergy = _replicas[0].Energy;
                run.Offer(_replicas[0].Spins, bestEnergy);
                var step = 0;
                for (; step < settings.Steps && !run.Stopping; step++)
                {
                    var beta = betas.Geometric(step, settings.Steps);
                    if (step > 0) Resample(beta - betas.Geometric(step - 1, settings.Steps), ref rng);
                    _metropolis.SetBeta(beta);
                    foreach (var replica in _replicas)
                    {
                        for (var sweep = 0; sweep < settings.SweepsPerStep; sweep++) _metropolis.Sweep(replica, ref rng);
                        if (replica.Energy < bestEnergy - EnergyTolerance.Of(bestEnergy))
                        {
                            bestEnergy = replica.Energy;
                            run.Offer(replica.Spins, bestEnergy);
                        }
                    }
                }
                run.AddWork((long)step * settings.SweepsPerStep * _size * _model.SpinCount);
                if (step == settings.Steps) run.EndRead(bestEnergy, run.Elapsed - started);
            }
        }

        // Replica r gets about Population·w_r/Σw copies, w_r = exp(-Δβ (E_r - E_min)), by systematic resampling.
        private void Resample(double deltaBeta, ref Xoshiro256 rng)
        {
            var min = _replicas.Min(r => r.Energy);
            var total = 0.0;
            for (var r = 0; r < _size; r++) total += _weights[r] = Math.Exp(-deltaBeta * (_replicas[r].Energy - min));
            var u = rng.NextDouble();
            var cumulative = 0.0;
            var filled = 0;
            for (var r = 0; r < _size && filled < _size; r++)
            {
                cumulative += _weights[r] * _size / total;
                var upTo = Math.Min(_size, (int)Math.Floor(cumulative + u));
                for (; filled < upTo; filled++) _next[filled].CopyFrom(_replicas[r]);
            }
            // Rounding can leave the last slot empty: fill it with the last replica.
            for (; filled < _size; filled++) _next[filled].CopyFrom(_replicas[_size - 1]);
            (_replicas, _next) = (_next, _replicas);
        }
    }
}
