using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>Sequential single-spin Metropolis sweeps on (spins, local fields): the inner loop of annealing, tempering and
/// population annealing.</summary>
internal static class Metropolis
{
    /// <summary>One sweep over the spins in order at inverse temperature <paramref name="beta"/>; returns the energy change.</summary>
    public static double Sweep(IsingModel model, sbyte[] spins, double[] fields, double beta, ref uint[] table, ref Xoshiro256 rng) =>
        model.EnergyQuantum is { } q
            ? Sweep(model, spins, fields, TableAcceptance.For(beta, q, model.MaxFlipSteps, ref table), ref rng)
            : Sweep(model, spins, fields, new ExpAcceptance(beta), ref rng);

    /// <summary>One sweep with acceptance rule <typeparamref name="TAccept"/>; returns the energy change.</summary>
    /// <remarks>Local fields change only on accepted flips, by O(degree) adds. The loop reads arrays through refs
    /// without bounds checks: every index comes from the model's own CSR arrays, checked when it was built.</remarks>
    public static double Sweep<TAccept>(IsingModel model, sbyte[] spins, double[] fields, TAccept accept, ref Xoshiro256 rng)
        where TAccept : struct, IAcceptance
    {
        var n = model.SpinCount;
        ref var spin0 = ref MemoryMarshal.GetArrayDataReference(spins);
        ref var field0 = ref MemoryMarshal.GetArrayDataReference(fields);
        ref var row0 = ref MemoryMarshal.GetArrayDataReference(model.RowStart);
        ref var neighbor0 = ref MemoryMarshal.GetArrayDataReference(model.Neighbors);
        ref var weight0 = ref MemoryMarshal.GetArrayDataReference(model.Weights);
        var change = 0.0;
        for (var i = 0; i < n; i++)
        {
            int s = Unsafe.Add(ref spin0, i);
            var delta = -2 * s * Unsafe.Add(ref field0, i);
            if (delta > 0 && !accept.Accept(delta, ref rng)) continue;
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
