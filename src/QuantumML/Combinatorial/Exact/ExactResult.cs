using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Exact;

/// <summary>The optimum of an exhaustive search.</summary>
/// <param name="Spins">One assignment of minimum energy (the first in enumeration order among the ties).</param>
/// <param name="Energy">The minimum energy, recomputed exactly from <paramref name="Spins"/>.</param>
/// <param name="OptimalCount">Assignments whose energy is within 1e-9 (relative) of the minimum; for MaxCut, both
/// sides of each optimal cut count.</param>
/// <param name="States">Assignments enumerated (2^n).</param>
/// <param name="WallSeconds">Wall-clock time.</param>
public sealed record ExactResult(sbyte[] Spins, double Energy, long OptimalCount, long States, double WallSeconds);
