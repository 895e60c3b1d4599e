namespace QuantumML.Combinatorial.Solvers;

/// <summary>When two energies count as equal: sums of the same terms in another order differ in the last bits.</summary>
internal static class EnergyTolerance
{
    /// <summary>The slack allowed when comparing with <paramref name="energy"/>.</summary>
    public static double Of(double energy) => 1e-9 * Math.Max(1, Math.Abs(energy));
}
