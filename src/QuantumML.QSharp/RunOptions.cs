namespace QuantumML.QSharp;

/// <summary>How one Q# expression is run.</summary>
public sealed record RunOptions
{
    /// <summary>The defaults: one shot, a fresh seed, no noise, no time limit, the default output limit.</summary>
    public static RunOptions Default { get; } = new();

    /// <summary>How many times the expression is evaluated; range ≥ 1.</summary>
    public int Shots { get; init; } = 1;

    /// <summary>The seed of the simulator's random source; null picks one, which the result reports.</summary>
    public long? Seed { get; init; }

    /// <summary>Whether measurement outcomes must follow from <see cref="Seed"/> alone (default true).</summary>
    /// <remarks>
    /// The QDK simulator seeds its random generator once per wasm instance, so a reproducible run needs a
    /// fresh instance, whose first run costs some 50-100 ms more than a run on a warm one. Programs whose
    /// results do not depend on measurement randomness (state dumps, exact expectations) can set this to
    /// false to run on a warm instance; their result then reports no seed.
    /// </remarks>
    public bool Reproducible { get; init; } = true;

    /// <summary>Pauli noise after each gate, or null for an ideal simulator.</summary>
    public PauliNoise? Noise { get; init; }

    /// <summary>Wall-clock limit for the run; null for none.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Whether to learn the expression's Q# type first (one more compile) and give every shot a lossless typed JSON form
    /// (<see cref="ShotResult.Json"/>, <see cref="RunResult.Type"/>); a value holding Strings inside arrays or tuples is run through a
    /// generated pass-through that hands the Strings over, so that none is cut at a comma.</summary>
    public bool TypedValues { get; init; }

    /// <summary>How much output the run may keep in memory (default <see cref="OutputLimit.Default"/>); past it the run is
    /// stopped with a <see cref="QSharpOutputLimitException"/>.</summary>
    public OutputLimit Output { get; init; } = OutputLimit.Default;
}
