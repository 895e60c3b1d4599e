using System.Globalization;
using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Cli.Benchmarks;

/// <summary>One solver on one G-set instance in <c>qml bench gset</c>.</summary>
internal sealed record GsetRow(
    string Instance,
    int Vertices,
    int Edges,
    double? BestKnownCut,
    string Solver,
    double Cut,
    double? GapPercent,
    double? SecondsTo999,
    double? SecondsToBestKnown,
    double Speed,
    string SpeedUnit,
    long Work,
    int Reads,
    string? TimeToSolution,
    double? CutUpperBound,
    double WallSeconds,
    string Stop);

/// <summary>The figures of <c>qml bench gset</c>.</summary>
internal sealed record GsetBenchmarkReport(double SecondsPerSolver, int Threads, ulong Seed, int ProcessorCount, IReadOnlyList<GsetRow> Rows)
{
    /// <summary>The table printed on stdout: one line per (instance, solver).</summary>
    public IEnumerable<string> Lines()
    {
        yield return string.Create(CultureInfo.InvariantCulture,
            $"budget {SecondsPerSolver:0.###} s per solver and instance, {Threads} threads ({ProcessorCount} processors), seed {Seed}");
        yield return $"{"instance",-8} {"best",6} {"solver",-7} {"cut",8} {"gap %",7} {"t 99.9%",11} {"t 100%",11} {"speed",9}  {"unit",-16} {"TTS99 (reads)",-22} {"bound",8}";
        foreach (var r in Rows)
        {
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{r.Instance,-8} {Text(r.BestKnownCut, "0"),6} {r.Solver,-7} {r.Cut,8:0.##} {Text(r.GapPercent, "0.000"),7} {Time(r.SecondsTo999),11} {Time(r.SecondsToBestKnown),11} {Si(r.Speed),9}  {r.SpeedUnit,-16} {Reads(r),-22} {Text(r.CutUpperBound, "0.#"),8}");
        }
    }

    private static string Reads(GsetRow r) => r.TimeToSolution is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{r.TimeToSolution} ({r.Reads})");

    private static string Text(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "-";

    private static string Time(double? seconds) => seconds is { } s ? s.ToString("0.000", CultureInfo.InvariantCulture) + " s" : "not reached";

    // 12345678 → "12.3M": speeds span from hundreds to hundreds of millions.
    private static string Si(double value) => value switch
    {
        >= 1e9 => (value / 1e9).ToString("0.00", CultureInfo.InvariantCulture) + "G",
        >= 1e6 => (value / 1e6).ToString("0.00", CultureInfo.InvariantCulture) + "M",
        >= 1e3 => (value / 1e3).ToString("0.00", CultureInfo.InvariantCulture) + "k",
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
