using System.Runtime.CompilerServices;
using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>Simulated quantum annealing: path-integral Monte Carlo of H = H_Ising - Γ Σ σx with P Trotter slices, Γ lowered
/// linearly at a fixed temperature. Slices are coupled along imaginary time (periodically) by
/// J⊥ = -½ ln tanh(βΓ/P), which grows as Γ falls until the slices agree. A read is one anneal; threads run reads.</summary>
/// <remarks>R. Martoňák, G. E. Santoro, E. Tosatti, "Quantum annealing by the path-integral Monte Carlo method: The
/// two-dimensional random Ising model", Phys. Rev. B 66 (2002), arXiv:cond-mat/0205280. The answer of a read is the
/// best slice seen.</remarks>
public sealed class SimulatedQuantumAnnealing(SimulatedQuantumAnnealingOptions? settings = null) : ICombinatorialSolver
{
    private readonly SimulatedQuantumAnnealingOptions _settings = settings ?? new();

    /// <inheritdoc/>
    public string Name => "sqa";

    /// <inheritdoc/>
    public SolverResult Solve(IsingModel model, SolverOptions options, CancellationToken cancellationToken = default)
    {
        _settings.Validate();
        var run = new SearchRun(model, options, cancellationToken);
        var sliceBeta = _settings.SliceBeta ?? BetaRange.For(model).Cold / 3;
        run.RunWorkers(_ => Worker(run, sliceBeta));
        return run.Finish(Name, WorkUnit.SpinFlipAttempts, shortReads: true);
    }

    private void Worker(SearchRun run, double sliceBeta)
    {
        var model = run.Model;
        var n = model.SpinCount;
        var p = _settings.Slices;
        var spins = new sbyte[p * n];
        var fields = new double[p * n];
        var energies = new double[p];
        var table = Array.Empty<uint>();
        while (run.TryBeginRead(out var read))
        {
            var started = run.Elapsed;
            var rng = Xoshiro256.ForStream(run.Seed, read);
            for (var x = 0; x < spins.Length; x++) spins[x] = rng.NextSpin();
            for (var k = 0; k < p; k++)
            {
                var slice = spins.AsSpan(k * n, n);
                model.LocalFields(slice).CopyTo(fields, k * n);
                energies[k] = model.Energy(slice);
            }
            var bestEnergy = energies[0];
            run.Offer(spins.AsSpan(0, n), bestEnergy);
            var done = 0;
            for (; done < _settings.Sweeps && !run.Stopping; done++)
            {
                // Γ falls linearly; as a product with the slice β it fixes the Trotter coupling.
                var x = _settings.GammaStart + (_settings.GammaEnd - _settings.GammaStart) * done / Math.Max(1, _settings.Sweeps - 1);
                var coupling = -0.5 * Math.Log(Math.Tanh(x));
                if (model.EnergyQuantum is { } q)
                    Sweep(model, spins, fields, energies, SliceTableAcceptance.For(sliceBeta, coupling, q, model.MaxFlipSteps, ref table), ref rng);
                else
                    Sweep(model, spins, fields, energies, new SliceExpAcceptance(sliceBeta, coupling), ref rng);
                for (var k = 0; k < p; k++)
                {
                    if (energies[k] < bestEnergy - EnergyTolerance.Of(bestEnergy))
                    {
                        bestEnergy = energies[k];
                        run.Offer(spins.AsSpan(k * n, n), bestEnergy);
                    }
                }
            }
            run.AddWork((long)done * p * n);
            if (done == _settings.Sweeps) run.EndRead(bestEnergy, run.Elapsed - started);
        }
    }

    // One sweep over every slice in order, each spin in order; slices are rows of the flat arrays.
    private static void Sweep<TAccept>(IsingModel model, sbyte[] spins, double[] fields, double[] energies, TAccept accept, ref Xoshiro256 rng)
        where TAccept : struct, ISliceAcceptance
    {
        var n = model.SpinCount;
        var p = energies.Length;
        var rowStart = model.RowStart;
        var neighbors = model.Neighbors;
        var weights = model.Weights;
        for (var k = 0; k < p; k++)
        {
            var row = k * n;
            var previous = (k == 0 ? p - 1 : k - 1) * n;
            var next = (k == p - 1 ? 0 : k + 1) * n;
            for (var i = 0; i < n; i++)
            {
                int s = spins[row + i];
                var deltaE = -2 * s * fields[row + i];
                var t = s * (spins[previous + i] + spins[next + i]);
                if (!accept.Accept(deltaE, t, ref rng)) continue;
                energies[k] += deltaE;
                spins[row + i] = (sbyte)-s;
                UpdateFields(fields, row, rowStart[i], rowStart[i + 1], neighbors, weights, 2.0 * s);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void UpdateFields(double[] fields, int row, int start, int end, int[] neighbors, double[] weights, double twoS)
    {
        for (var k = start; k < end; k++) fields[row + neighbors[k]] -= twoS * weights[k];
    }
}
