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
        private sbyte[][] _spins = Allocate<sbyte>(settings.Population, run.Model.SpinCount);
        private double[][] _fields = Allocate<double>(settings.Population, run.Model.SpinCount);
        private sbyte[][] _nextSpins = Allocate<sbyte>(settings.Population, run.Model.SpinCount);
        private double[][] _nextFields = Allocate<double>(settings.Population, run.Model.SpinCount);
        private double[] _energies = new double[settings.Population];
        private double[] _nextEnergies = new double[settings.Population];
        private readonly double[] _weights = new double[settings.Population];
        private uint[] _table = [];

        private static T[][] Allocate<T>(int count, int length) => Enumerable.Range(0, count).Select(_ => new T[length]).ToArray();

        public void RunReads()
        {
            var n = _model.SpinCount;
            var best = new sbyte[n];
            while (run.TryBeginRead(out var read))
            {
                var started = run.Elapsed;
                var rng = Xoshiro256.ForStream(run.Seed, read);
                for (var r = 0; r < _size; r++)
                {
                    for (var i = 0; i < n; i++) _spins[r][i] = rng.NextSpin();
                    _model.LocalFields(_spins[r]).CopyTo(_fields[r], 0);
                    _energies[r] = _model.Energy(_spins[r]);
                }
                var bestEnergy = _energies[0];
                _spins[0].CopyTo(best, 0);
                var step = 0;
                for (; step < settings.Steps && !run.Stopping; step++)
                {
                    var beta = betas.Geometric(step, settings.Steps);
                    if (step > 0) Resample(beta - betas.Geometric(step - 1, settings.Steps), ref rng);
                    for (var r = 0; r < _size; r++)
                    {
                        for (var sweep = 0; sweep < settings.SweepsPerStep; sweep++)
                            _energies[r] += Metropolis.Sweep(_model, _spins[r], _fields[r], beta, ref _table, ref rng);
                        if (_energies[r] < bestEnergy - EnergyTolerance.Of(bestEnergy))
                        {
                            bestEnergy = _energies[r];
                            _spins[r].CopyTo(best, 0);
                        }
                    }
                }
                run.AddWork((long)step * settings.SweepsPerStep * _size * n);
                run.Offer(best, bestEnergy);
                if (step == settings.Steps) run.EndRead(_model.Energy(best), run.Elapsed - started);
            }
        }

        // Replica r gets about Population·w_r/Σw copies, w_r = exp(-Δβ (E_r - E_min)), by systematic resampling.
        private void Resample(double deltaBeta, ref Xoshiro256 rng)
        {
            var min = _energies.Min();
            var total = 0.0;
            for (var r = 0; r < _size; r++) total += _weights[r] = Math.Exp(-deltaBeta * (_energies[r] - min));
            var u = rng.NextDouble();
            var cumulative = 0.0;
            var filled = 0;
            for (var r = 0; r < _size && filled < _size; r++)
            {
                cumulative += _weights[r] * _size / total;
                var upTo = Math.Min(_size, (int)Math.Floor(cumulative + u));
                for (; filled < upTo; filled++) CopyReplica(r, filled);
            }
            // Rounding can leave the last slot empty: fill it with the last replica.
            for (; filled < _size; filled++) CopyReplica(_size - 1, filled);
            (_spins, _nextSpins) = (_nextSpins, _spins);
            (_fields, _nextFields) = (_nextFields, _fields);
            (_energies, _nextEnergies) = (_nextEnergies, _energies);
        }

        private void CopyReplica(int from, int to)
        {
            _spins[from].CopyTo(_nextSpins[to], 0);
            _fields[from].CopyTo(_nextFields[to], 0);
            _nextEnergies[to] = _energies[from];
        }
    }
}
