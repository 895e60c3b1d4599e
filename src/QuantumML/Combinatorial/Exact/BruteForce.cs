using System.Diagnostics;
using System.Numerics;
using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Combinatorial.Exact;

/// <summary>Exhaustive search over all 2^n assignments in Gray-code order, so that consecutive assignments differ in one
/// spin and each energy follows from the last by one O(degree) flip update. The top bits are fixed per chunk and
/// chunks run in parallel.</summary>
public static class BruteForce
{
    /// <summary>The largest n <see cref="Minimize"/> accepts (2^34 states: hours on a few cores; 30 takes minutes).</summary>
    public const int MaxSpins = 34;

    /// <summary>The largest n <see cref="Energies"/> accepts (2^24 doubles, 128 MiB).</summary>
    public const int MaxSpectrumSpins = 24;

    /// <summary>The minimum energy, one optimal assignment and the number of optimal assignments.</summary>
    /// <param name="model">The problem; n ≤ <see cref="MaxSpins"/>.</param>
    /// <param name="threads">Worker threads; range ≥ 1.</param>
    /// <param name="cancellationToken">Stops the search with <see cref="OperationCanceledException"/>.</param>
    public static ExactResult Minimize(IsingModel model, int threads = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var n = model.SpinCount;
        if (n > MaxSpins) throw new ArgumentException($"brute force takes at most {MaxSpins} spins; this model has {n}", nameof(model));
        threads = threads > 0 ? threads : Environment.ProcessorCount;
        var clock = Stopwatch.StartNew();
        // Enough chunks to balance the threads, few enough that each chunk's O(n + m) start is negligible.
        var top = Math.Min(Math.Max(0, n - 10), BitOperations.Log2((uint)threads) + 4);
        var chunks = new Chunk[1 << top];
        Parallel.For(0, chunks.Length, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken },
            c => chunks[c] = Search(model, n - top, c, cancellationToken));
        var best = chunks[0];
        var count = 0L;
        foreach (var chunk in chunks)
        {
            if (chunk.Energy < best.Energy - EnergyTolerance.Of(best.Energy)) best = chunk;
        }
        foreach (var chunk in chunks)
        {
            if (Math.Abs(chunk.Energy - best.Energy) <= EnergyTolerance.Of(best.Energy)) count += chunk.Count;
        }
        var spins = Assignment(n, n - top, best.Index, best.Step);
        return new ExactResult(spins, model.Energy(spins), count, 1L << n, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The energy of every assignment, indexed as in <see cref="Spins.FromIndex"/> (variable 0 the most
    /// significant bit, the order of <c>qml</c>'s state dumps): the diagonal of the cost Hamiltonian.</summary>
    /// <param name="model">The problem; n ≤ <see cref="MaxSpectrumSpins"/>.</param>
    public static double[] Energies(IsingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var n = model.SpinCount;
        if (n > MaxSpectrumSpins) throw new ArgumentException($"the spectrum is kept for at most {MaxSpectrumSpins} spins; this model has {n}", nameof(model));
        var energies = new double[1L << n];
        var state = new IsingState(model, Enumerable.Repeat((sbyte)1, n).ToArray());
        var index = 0L;
        energies[0] = state.Energy;
        for (var g = 1L; g < energies.Length; g++)
        {
            var i = BitOperations.TrailingZeroCount(g);
            state.Flip(i);
            index ^= 1L << (n - 1 - i);
            energies[index] = state.Energy;
        }
        return energies;
    }

    private readonly record struct Chunk(int Index, double Energy, long Count, long Step);

    // Chunk c fixes spins low..n-1 to the bits of c and walks spins 0..low-1 in Gray-code order.
    private static Chunk Search(IsingModel model, int low, int chunk, CancellationToken cancellationToken)
    {
        var state = new IsingState(model, Assignment(model.SpinCount, low, chunk, 0));
        var best = state.Energy;
        var count = 1L;
        var bestStep = 0L;
        var steps = 1L << low;
        for (var g = 1L; g < steps; g++)
        {
            if ((g & 0xFFFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
            state.Flip(BitOperations.TrailingZeroCount(g));
            var e = state.Energy;
            if (e < best - EnergyTolerance.Of(best))
            {
                best = e;
                count = 1;
                bestStep = g;
            }
            else if (e <= best + EnergyTolerance.Of(best))
            {
                count++;
            }
        }
        return new Chunk(chunk, best, count, bestStep);
    }

    // The assignment at Gray-code step g of chunk c: spin i < low is -1 where bit i of g ^ (g >> 1) is set.
    private static sbyte[] Assignment(int n, int low, int chunk, long step)
    {
        var gray = step ^ (step >> 1);
        var spins = new sbyte[n];
        for (var i = 0; i < n; i++)
        {
            var bit = i < low ? (gray >> i) & 1 : (chunk >> (i - low)) & 1;
            spins[i] = bit == 0 ? (sbyte)1 : (sbyte)-1;
        }
        return spins;
    }
}
