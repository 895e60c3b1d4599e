using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>Sequential single-spin Metropolis sweeps of <see cref="SpinReplica"/>s at a set β: the inner loop of
/// annealing, tempering and population annealing. One per worker thread (it owns the acceptance table).</summary>
/// <remarks>On a lattice q·ℤ the fields are integers, ΔE/q = -s_i F_i indexes a table of 32-bit thresholds built once
/// per β, and neither exp nor floating point appears in the loop; otherwise exp(-βΔE) is computed per uphill flip.
/// Local fields change only on accepted flips, by O(degree) adds. The loops read arrays through refs without bounds
/// checks: every index comes from the model's own CSR arrays, checked when it was built.</remarks>
internal sealed class Metropolis(IsingModel model)
{
    private uint[] _table = [];
    private int _tableLength;
    private double _beta;

    /// <summary>Sets the inverse temperature of the following sweeps.</summary>
    public void SetBeta(double beta)
    {
        _beta = beta;
        if (model.EnergyQuantum is { } q) _tableLength = Acceptance.Thresholds(beta, q, model.MaxFlipSteps, ref _table);
    }

    /// <summary>One sweep over the spins of <paramref name="replica"/> in order; its energy is updated.</summary>
    public void Sweep(SpinReplica replica, ref Xoshiro256 rng)
    {
        if (replica.LatticeFields is { } lattice)
            replica.Energy += model.EnergyQuantum!.Value * LatticeSweep(replica.Spins, lattice, ref rng);
        else
            replica.Energy += RealSweep(replica.Spins, replica.Fields!, ref rng);
    }

    // Returns the energy change in units of q.
    private long LatticeSweep(sbyte[] spins, int[] fields, ref Xoshiro256 rng)
    {
        var n = spins.Length;
        ref var spin0 = ref MemoryMarshal.GetArrayDataReference(spins);
        ref var field0 = ref MemoryMarshal.GetArrayDataReference(fields);
        ref var row0 = ref MemoryMarshal.GetArrayDataReference(model.RowStart);
        ref var neighbor0 = ref MemoryMarshal.GetArrayDataReference(model.Neighbors);
        ref var weight0 = ref MemoryMarshal.GetArrayDataReference(model.LatticeWeights!);
        ref var table0 = ref MemoryMarshal.GetArrayDataReference(_table);
        var length = (uint)_tableLength;
        var change = 0L;
        for (var i = 0; i < n; i++)
        {
            int s = Unsafe.Add(ref spin0, i);
            var d = -s * Unsafe.Add(ref field0, i);
            // Entries past the table's length are 0: such uphill flips are rejected without a random number.
            if (d > 0 && ((uint)d >= length || rng.NextUInt32() >= Unsafe.Add(ref table0, d))) continue;
            change += d;
            Unsafe.Add(ref spin0, i) = (sbyte)-s;
            var twoS = 2 * s;
            var end = Unsafe.Add(ref row0, i + 1);
            for (var k = Unsafe.Add(ref row0, i); k < end; k++)
                Unsafe.Add(ref field0, Unsafe.Add(ref neighbor0, k)) -= twoS * Unsafe.Add(ref weight0, k);
        }
        return change;
    }

    // LatticeSweep over doubles: kept apart so that each compiles to plain integer or plain floating-point code.
    private double RealSweep(sbyte[] spins, double[] fields, ref Xoshiro256 rng)
    {
        var n = spins.Length;
        ref var spin0 = ref MemoryMarshal.GetArrayDataReference(spins);
        ref var field0 = ref MemoryMarshal.GetArrayDataReference(fields);
        ref var row0 = ref MemoryMarshal.GetArrayDataReference(model.RowStart);
        ref var neighbor0 = ref MemoryMarshal.GetArrayDataReference(model.Neighbors);
        ref var weight0 = ref MemoryMarshal.GetArrayDataReference(model.Weights);
        var beta = _beta;
        var change = 0.0;
        for (var i = 0; i < n; i++)
        {
            int s = Unsafe.Add(ref spin0, i);
            var delta = -2 * s * Unsafe.Add(ref field0, i);
            if (delta > 0 && !Acceptance.Exp(beta * delta, ref rng)) continue;
            change += delta;
            Unsafe.Add(ref spin0, i) = (sbyte)-s;
            var twoS = 2.0 * s;
            var end = Unsafe.Add(ref row0, i + 1);
            for (var k = Unsafe.Add(ref row0, i); k < end; k++)
                Unsafe.Add(ref field0, Unsafe.Add(ref neighbor0, k)) -= twoS * Unsafe.Add(ref weight0, k);
        }
        return change;
    }
}
