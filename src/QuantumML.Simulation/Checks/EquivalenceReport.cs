namespace QuantumML.Simulation.Checks;

/// <summary>How a compiled tape compared with the QDK simulator.</summary>
/// <param name="Pairs">The (features, parameters) points compared.</param>
/// <param name="MaxDifference">The largest |amplitude difference| over every point and basis state, global phase aside.</param>
/// <param name="Tolerance">The largest difference accepted.</param>
public sealed record EquivalenceReport(int Pairs, double MaxDifference, double Tolerance)
{
    /// <summary>Whether the tape reproduced the QDK simulator.</summary>
    public bool Passed => MaxDifference <= Tolerance;
}
