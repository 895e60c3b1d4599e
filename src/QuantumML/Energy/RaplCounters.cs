using System.Globalization;

namespace QuantumML.Energy;

/// <summary>The RAPL energy counters Linux exposes under powercap: one folder per processor package, "intel-rapl:N" (its
/// sub-zones "intel-rapl:N:M", core and DRAM, are parts of it and are skipped), each with <c>energy_uj</c>, a running count
/// of microjoules, and <c>max_energy_range_uj</c>, where that count wraps back to 0.</summary>
/// <remarks>Since Linux 5.10 <c>energy_uj</c> is readable by root only (the PLATYPUS side channel), and virtual machines
/// rarely have the folder at all; then there is no reading and the CPU-time model is used.</remarks>
public static class RaplCounters
{
    /// <summary>Every readable package's counter and wrap range, by folder name; null when the folder is missing or no
    /// package can be read (a counter that is not a non-negative integer counts as unreadable).</summary>
    public static IReadOnlyDictionary<string, RaplCounter>? Read(string root)
    {
        try
        {
            if (!Directory.Exists(root)) return null;
            var counters = new SortedDictionary<string, RaplCounter>(StringComparer.Ordinal);
            foreach (var folder in Directory.EnumerateDirectories(root, "intel-rapl:*"))
            {
                var name = Path.GetFileName(folder);
                if (name.Count(c => c == ':') != 1) continue;   // a sub-zone, already inside its package
                if (ReadNumber(Path.Combine(folder, "energy_uj")) is not { } energy) continue;
                counters[name] = new RaplCounter(energy, ReadNumber(Path.Combine(folder, "max_energy_range_uj")));
            }
            return counters.Count == 0 ? null : counters;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The microjoules used between two readings, summed over the packages in both; a counter that went down
    /// wrapped once at its range (several wraps between readings cannot be seen: at 100 W a 2³² µJ range wraps every 43
    /// s, a 2⁶⁴-ish range never). Null when a counter went down and has no range, or no package is in both readings.</summary>
    public static double? MicrojoulesBetween(IReadOnlyDictionary<string, RaplCounter> start, IReadOnlyDictionary<string, RaplCounter> end)
    {
        var total = 0.0;
        var any = false;
        foreach (var (name, before) in start)
        {
            if (!end.TryGetValue(name, out var after)) continue;
            any = true;
            if (after.Microjoules >= before.Microjoules) total += after.Microjoules - before.Microjoules;
            else if (after.Range is { } range && range >= before.Microjoules) total += range - before.Microjoules + after.Microjoules;
            else return null;
        }
        return any ? total : null;
    }

    private static ulong? ReadNumber(string path)
    {
        try
        {
            if (!File.Exists(path)) return null;
            // A sysfs counter is one short line; reading at most 64 characters keeps a hostile file from mattering.
            using var reader = new StreamReader(path);
            var buffer = new char[64];
            var text = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length)).Trim();
            return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>One RAPL package counter.</summary>
/// <param name="Microjoules">The running energy count.</param>
/// <param name="Range">Where it wraps to 0, or null when unknown.</param>
public sealed record RaplCounter(ulong Microjoules, ulong? Range);
