namespace QuantumML.Baselines;

/// <summary>Settings of <see cref="KNearestNeighbors"/>.</summary>
public sealed record KNearestNeighborsOptions
{
    /// <summary>How many neighbours vote.</summary>
    public int K { get; init; } = 5;
}
