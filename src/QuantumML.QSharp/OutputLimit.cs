using System.Globalization;

namespace QuantumML.QSharp;

/// <summary>How much output one run may hand back: its messages, state dumps and shot results, counted as events and as
/// bytes (each event's JSON text, and a dump also its 16 bytes per amplitude, which the host holds densely). A run that
/// passes either is stopped and reported as too much output, so a program looping on <c>Message</c>, dumping a wide
/// register or asking for a billion shots never exhausts the host's memory.</summary>
/// <param name="MaxEvents">The most events; range ≥ 1.</param>
/// <param name="MaxBytes">The most bytes; range ≥ 1.</param>
public sealed record OutputLimit(int MaxEvents, long MaxBytes)
{
    /// <summary>One million events and 256 MiB: far above what the batch drivers emit (1,500 dumps of a few qubits) and far
    /// below what the JavaScript engine can hold (one string of at most 2^29 characters, a heap of a few GiB).</summary>
    public static OutputLimit Default { get; } = new(1_000_000, 256L << 20);

    /// <summary>Refuses limits below one.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is below one.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEvents, 1, nameof(MaxEvents));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytes, 1, nameof(MaxBytes));
    }

    /// <summary>"1000000 messages, dumps and results, or 256 MiB", for messages.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{MaxEvents} messages, dumps and results, or {Bytes(MaxBytes)}");

    /// <summary>A byte count as B, KiB, MiB or GiB.</summary>
    public static string Bytes(double bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes:0} B"),
        < 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:0.#} KiB"),
        < 1 << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1 << 20):0.#} MiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1 << 30):0.#} GiB"),
    };
}
