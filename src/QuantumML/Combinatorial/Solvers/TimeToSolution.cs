using System.Globalization;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>Time-to-solution: the expected time to reach the target at least once with probability
/// <see cref="Confidence"/> by repeating independent reads, TTS = t_read · ln(1 - confidence) / ln(1 - p).</summary>
/// <remarks>Rønnow et al., "Defining and detecting quantum speedup", Science 345 (2014), arXiv:1401.2910. With p = 0 the
/// estimate is unbounded and with p = 1 a single read suffices (the formula gives 0); both are reported as such, not
/// as numbers.</remarks>
/// <param name="SecondsPerRead">Mean wall time of one read on one thread.</param>
/// <param name="Reads">Completed reads.</param>
/// <param name="Successes">Reads that reached the target.</param>
/// <param name="Confidence">The wanted success probability; range (0, 1).</param>
public sealed record TimeToSolution(double SecondsPerRead, int Reads, int Successes, double Confidence = 0.99)
{
    /// <summary>The fraction p of reads that reached the target.</summary>
    public double SuccessProbability => Reads == 0 ? 0 : (double)Successes / Reads;

    /// <summary>The estimate in seconds, or null when p is 0 or 1.</summary>
    public double? Seconds => Successes == 0 || Successes == Reads
        ? null
        : SecondsPerRead * Math.Log(1 - Confidence) / Math.Log(1 - SuccessProbability);

    /// <summary>"p=0", "p=1", or the estimate in seconds ("0.0123 s").</summary>
    public override string ToString() => Seconds is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"{s:G4} s")
        : Successes == 0 ? "p=0" : "p=1";
}
