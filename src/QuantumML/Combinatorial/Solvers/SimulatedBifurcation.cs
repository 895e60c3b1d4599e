using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>Simulated bifurcation: each spin becomes a particle with position x_i ∈ [-1, 1] and momentum y_i, moved by
/// symplectic Euler steps of
/// ẏ_i = -(a0 - a(t)) x_i - c0 Σ_j J_ij x_j, ẋ_i = a0 y_i, with inelastic walls at |x_i| = 1 and a(t) rising
/// linearly from 0 to a0, so that each x_i bifurcates to ±1. The answer is sign(x). A read is one trajectory from small
/// random positions and momenta in [-0.1, 0.1]; threads run trajectories.</summary>
/// <remarks>H. Goto et al., "High-performance combinatorial optimization based on classical mechanics", Science Advances 7
/// (2021), eabe7953 (bSB and dSB); c0 = 0.5 / (σ_J √n) with σ_J the root mean square of the couplings. dSB replaces
/// x_j by sign(x_j) in the force: that force is the local field of the sign state, kept current in O(degree) when a
/// sign changes. Fields h_i become couplings to one extra spin, and the answer is read relative to it.</remarks>
public sealed class SimulatedBifurcation(SimulatedBifurcationOptions? settings = null) : ICombinatorialSolver
{
    private const double A0 = 1;
    private readonly SimulatedBifurcationOptions _settings = settings ?? new();

    /// <inheritdoc/>
    public string Name => _settings.Variant == BifurcationVariant.Ballistic ? "bsb" : "dsb";

    /// <inheritdoc/>
    public SolverResult Solve(IsingModel model, SolverOptions options, CancellationToken cancellationToken = default)
    {
        _settings.Validate();
        var run = new SearchRun(model, options, cancellationToken);
        // Fields would push every x_i the same way from the start, whatever the random initial state, so that all
        // trajectories agree. They become couplings to an extra spin instead: E(s) = E'(s·s_n, s_n) is symmetric.
        var dynamics = model.HasFields
            ? IsingModel.Create(model.SpinCount + 1, model.Couplings.Concat(model.Fields.Select((h, i) => new Coupling(i, model.SpinCount, h))), offset: model.Offset)
            : model;
        var n = dynamics.SpinCount;
        var squares = dynamics.Couplings.Sum(c => 2 * c.Value * c.Value);
        var rms = Math.Sqrt(squares / Math.Max(1, n * (n - 1.0)));
        var c0 = rms > 0 ? 0.5 / (rms * Math.Sqrt(n)) : 1;
        run.RunWorkers(_ => Worker(run, dynamics, c0));
        return run.Finish(Name, WorkUnit.Iterations, shortReads: true);
    }

    private void Worker(SearchRun run, IsingModel model, double c0)
    {
        var n = model.SpinCount;
        var answer = new sbyte[run.Model.SpinCount];
        var x = new double[n];
        var y = new double[n];
        var force = new double[n];
        var signs = new sbyte[n];
        var steps = _settings.Steps;
        var dt = _settings.TimeStep;
        var discrete = _settings.Variant == BifurcationVariant.Discrete;
        while (run.TryBeginRead(out var read))
        {
            var started = run.Elapsed;
            var rng = Xoshiro256.ForStream(run.Seed, read);
            for (var i = 0; i < n; i++)
            {
                x[i] = 0.2 * (rng.NextDouble() - 0.5);
                y[i] = 0.2 * (rng.NextDouble() - 0.5);
                signs[i] = x[i] >= 0 ? (sbyte)1 : (sbyte)-1;
            }
            // For dSB, force holds the local fields of the sign state; for bSB it is recomputed from x each step.
            var state = discrete ? new IsingState(model, signs) : null;
            var bestEnergy = model.Energy(signs);
            Offer(run, signs, bestEnergy, answer);
            var step = 0;
            for (; step < steps; step++)
            {
                if ((step & 15) == 0 && run.Stopping) break;
                var pump = A0 * step / steps;
                if (state is null) Couple(model, x, force);
                for (var i = 0; i < n; i++)
                {
                    var f = state is null ? force[i] : state.LocalField(i);
                    y[i] += (-(A0 - pump) * x[i] - c0 * f) * dt;
                    x[i] += A0 * y[i] * dt;
                    if (Math.Abs(x[i]) > 1)
                    {
                        x[i] = Math.Sign(x[i]);
                        y[i] = 0;
                    }
                }
                double energy;
                if (state is not null)
                {
                    // Signs change after the whole step, so that every force of the step saw the same state.
                    for (var i = 0; i < n; i++)
                    {
                        if ((x[i] >= 0 ? 1 : -1) != state.Spins[i]) state.Flip(i);
                    }
                    energy = state.Energy;
                }
                else
                {
                    energy = step % _settings.CheckEvery == 0 || step == steps - 1 ? SignEnergy(model, x, signs) : double.PositiveInfinity;
                }
                if (energy < bestEnergy - EnergyTolerance.Of(bestEnergy))
                {
                    bestEnergy = energy;
                    Offer(run, state is null ? signs : state.Spins, energy, answer);
                }
            }
            run.AddWork(step);
            if (step == steps) run.EndRead(bestEnergy, run.Elapsed - started);
        }
    }

    // Offers sign(x), read relative to the extra spin if there is one, when it may beat the best so far.
    private static void Offer(SearchRun run, ReadOnlySpan<sbyte> signs, double energy, sbyte[] answer)
    {
        if (energy >= run.BestEnergy) return;
        var gauge = signs.Length > answer.Length ? signs[^1] : 1;
        for (var i = 0; i < answer.Length; i++) answer[i] = (sbyte)(signs[i] * gauge);
        run.Offer(answer, energy);
    }

    // force_i = Σ_j J_ij x_j over the CSR rows (the dynamics' model has no fields).
    private static void Couple(IsingModel model, double[] x, double[] force)
    {
        var rowStart = model.RowStart;
        var neighbors = model.Neighbors;
        var weights = model.Weights;
        for (var i = 0; i < x.Length; i++)
        {
            var sum = 0.0;
            for (var k = rowStart[i]; k < rowStart[i + 1]; k++) sum += weights[k] * x[neighbors[k]];
            force[i] = sum;
        }
    }

    private static double SignEnergy(IsingModel model, double[] x, sbyte[] signs)
    {
        for (var i = 0; i < x.Length; i++) signs[i] = x[i] >= 0 ? (sbyte)1 : (sbyte)-1;
        return model.Energy(signs);
    }
}
