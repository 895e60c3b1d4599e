namespace QuantumML.QSharp.Katas;

/// <summary>How a kata exercise is checked.</summary>
public sealed record ExerciseCheckOptions
{
    /// <summary>The defaults: a fresh seed, no time limit.</summary>
    public static ExerciseCheckOptions Default { get; } = new();

    /// <summary>The seed of the simulator's random source (many verifications draw random cases); null picks one,
    /// which the result reports. The same seed gives the same verdict and messages.</summary>
    public long? Seed { get; init; }

    /// <summary>Wall-clock limit for the check; null for none.</summary>
    public TimeSpan? Timeout { get; init; }
}
