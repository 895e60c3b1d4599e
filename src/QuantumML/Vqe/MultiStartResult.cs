namespace QuantumML.Vqe;

/// <summary>A multi-start VQE: every start's outcome, the best, and how many reached the target.</summary>
/// <param name="Starts">Every start, in order.</param>
/// <param name="BestIndex">The start with the lowest exact final energy (the first of equals).</param>
/// <param name="TargetEnergy">The energy aimed at (e.g. exact diagonalization's), or null.</param>
/// <param name="Tolerance">How close counts as reaching it, e.g. chemical accuracy.</param>
public sealed record MultiStartResult(IReadOnlyList<StartOutcome> Starts, int BestIndex, double? TargetEnergy, double Tolerance)
{
    /// <summary>The best start.</summary>
    public StartOutcome Best => Starts[BestIndex];

    /// <summary>How many starts ended within <see cref="Tolerance"/> of <see cref="TargetEnergy"/>.</summary>
    public int Reached => Starts.Count(s => s.ReachedTarget);

    /// <summary>Every start's final exact energy, in start order.</summary>
    public IReadOnlyList<double> FinalEnergies => [.. Starts.Select(s => s.Result.Energy)];
}
