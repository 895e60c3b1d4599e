using System.Diagnostics;
using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;
using QuantumML.Optimization;

namespace QuantumML.Combinatorial.Baselines;

/// <summary>Goemans-Williamson: solve the semidefinite relaxation (spins become unit vectors) in low-rank
/// Burer-Monteiro form with L-BFGS, then round with random hyperplanes (s_i = sign(r·v_i)), keeping the best. Reports the
/// relaxation's certified lower bound on the energy (for MaxCut, an upper bound on the cut) beside the assignment.
/// Relaxation is single-threaded; a read is one hyperplane, and threads share them.</summary>
/// <remarks>M. X. Goemans, D. P. Williamson, J. ACM 42 (1995): for MaxCut with nonnegative weights a random hyperplane
/// cuts at least 0.878 of the relaxation in expectation. S. Burer, R. D. C. Monteiro, Math. Program. 95 (2003).
/// Fields are handled with a reference vector v_0 (s_i = sign(r·v_i)·sign(r·v_0)).</remarks>
public sealed class GoemansWilliamson(GoemansWilliamsonOptions? settings = null) : ICombinatorialSolver
{
    private const int LanczosSteps = 300;
    private readonly GoemansWilliamsonOptions _settings = settings ?? new();

    /// <inheritdoc/>
    public string Name => "gw";

    /// <inheritdoc/>
    public SolverResult Solve(IsingModel model, SolverOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        _settings.Validate();
        var budget = options.TimeLimit * _settings.RelaxationShare;
        var run = new SearchRun(model, options.Reads is null && options.TimeLimit is null ? options with { Reads = _settings.Hyperplanes } : options, cancellationToken);
        var relaxation = Relax(model, options.Seed, budget, cancellationToken);
        run.RunWorkers(_ => Round(run, relaxation));
        return run.Finish(Name, WorkUnit.Iterations, shortReads: true) with { EnergyLowerBound = relaxation.LowerBound };
    }

    /// <summary>Solves the relaxation from a seeded random start.</summary>
    /// <param name="model">The problem.</param>
    /// <param name="seed">Seed of the starting vectors.</param>
    /// <param name="timeLimit">Stop L-BFGS after this long and keep the best point (the bound stays valid).</param>
    /// <param name="cancellationToken">Stops the relaxation the same way.</param>
    public SdpRelaxation Relax(IsingModel model, ulong seed = 1, TimeSpan? timeLimit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        _settings.Validate();
        var shape = new VectorShape(model, _settings.Rank);
        var rng = Xoshiro256.ForStream(seed, 0x5d9);
        var initial = new double[shape.Count * shape.Rank];
        for (var x = 0; x < initial.Length; x++) initial[x] = rng.NextGaussian();
        var clock = Stopwatch.StartNew();
        var best = (Point: initial, Value: double.PositiveInfinity);
        ObjectiveValue Objective(double[] u)
        {
            if (clock.Elapsed > timeLimit || cancellationToken.IsCancellationRequested) throw new RelaxationStopped();
            var value = shape.Evaluate(u, out var gradient);
            if (value < best.Value) best = (u, value);
            return new ObjectiveValue(value, gradient);
        }
        int iterations;
        try
        {
            iterations = new LBfgs(_settings.MaxIterations, _settings.GradientTolerance).Minimize(Objective, initial).Iterations;
        }
        catch (RelaxationStopped)
        {
            iterations = -1;
        }
        var vectors = shape.Normalized(best.Point);
        var bound = shape.DualBound(vectors, LanczosSteps, seed);
        return new SdpRelaxation(vectors, shape.Value(vectors), bound, iterations, shape.HasFieldVector);
    }

    private static void Round(SearchRun run, SdpRelaxation relaxation)
    {
        var model = run.Model;
        var n = model.SpinCount;
        var first = relaxation.HasFieldVector ? 1 : 0;
        var spins = new sbyte[n];
        var r = new double[relaxation.Rank];
        while (run.TryBeginRead(out var read))
        {
            var started = run.Elapsed;
            var rng = Xoshiro256.ForStream(run.Seed, read);
            for (var c = 0; c < r.Length; c++) r[c] = rng.NextGaussian();
            // With fields, the side of v_0 is the +1 side.
            var reference = first == 1 && VectorMath.Dot(relaxation.Vectors[0], r) < 0 ? -1 : 1;
            for (var i = 0; i < n; i++) spins[i] = (sbyte)(VectorMath.Dot(relaxation.Vectors[first + i], r) >= 0 ? reference : -reference);
            var energy = model.Energy(spins);
            run.AddWork(1);
            run.Offer(spins, energy);
            run.EndRead(energy, run.Elapsed - started);
        }
    }

    /// <summary>Thrown from the objective to stop L-BFGS at the time limit.</summary>
    private sealed class RelaxationStopped : Exception;
}
