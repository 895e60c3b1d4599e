using System.Globalization;
using System.Text;
using QuantumML.Energy;
using QuantumML.Experiments.Results;

namespace QuantumML.Experiments.Reports;

/// <summary>Energy in reports: the CPU-seconds, watt-hours and grams of CO2e of a job's runs, and how they were obtained.</summary>
public static class EnergyText
{
    /// <summary>The three column headers, for a Markdown table.</summary>
    public const string Headers = "CPU s | energy Wh | CO2e g";

    /// <summary>Means per run of a job's CPU-seconds, Wh and g CO2e as three Markdown cells ("—" for runs recorded
    /// without energy).</summary>
    public static string Cells(IEnumerable<RunRecord> runs)
    {
        var measured = runs.Select(r => r.Energy).OfType<EnergyRecord>().ToList();
        if (measured.Count == 0) return "— | — | —";
        return string.Create(CultureInfo.InvariantCulture,
            $"{measured.Average(e => e.CpuSeconds):0.00} | {Number(measured.Average(e => e.EnergyWh))} | {Number(measured.Average(e => e.Co2eGrams))}");
    }

    /// <summary>A paragraph stating where the energy figures come from, or empty when no run has any.</summary>
    public static string Note(ExperimentResult result)
    {
        var records = result.Runs.Select(r => r.Energy).OfType<EnergyRecord>().ToList();
        if (records.Count == 0) return "";
        var first = records[0];
        var sources = records.Select(e => e.Source).Distinct().ToList();
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"Energy per run: {(sources.SequenceEqual(["rapl"]) ? "measured by the RAPL package counters (the whole processor package, other processes included)" : $"CPU-seconds × {first.WattsPerCore:0.###} W per busy core{(first.WattsPerCore == EnergyOptions.DefaultWattsPerCore ? " (Green Algorithms' figure for an unlisted CPU)" : "")}, an estimate: the RAPL counters were {(sources.Contains("rapl") || sources.Contains("mixed") ? "readable for part of the run only" : "not readable")}")}");
        sb.Append(CultureInfo.InvariantCulture, $"; PUE {first.Pue:0.##}; CO2e at {first.GridIntensity:0.#} gCO2e/kWh{(first.GridIntensity == EnergyOptions.DefaultGridIntensity ? " (IEA 2019 world average)" : "")}.");
        var shared = records.Max(e => e.ConcurrentJobs);
        if (shared > 1)
            sb.Append(CultureInfo.InvariantCulture, $" Up to {shared} jobs ran at once: the process's CPU time while they did is split evenly among them, so a job's figure is its share, not its own count (the sum over the run is exact).");
        sb.Append(" The spec's \"energy\" section sets the power per core, PUE and grid intensity.");
        return sb.ToString();
    }

    /// <summary>A "## Energy" section with one row per job, for reports whose cost table has no energy columns; empty when
    /// no run has energy.</summary>
    public static string Section(ExperimentResult result)
    {
        if (!result.Runs.Any(r => r.Energy is not null)) return "";
        var sb = new StringBuilder();
        sb.AppendLine("## Energy").AppendLine();
        sb.AppendLine(Note(result)).AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| job | {Headers} |");
        sb.AppendLine("| --- | --- | --- | --- |");
        foreach (var g in result.Runs.GroupBy(r => r.Model)) sb.AppendLine(CultureInfo.InvariantCulture, $"| {g.Key} | {Cells(g)} |");
        sb.AppendLine();
        return sb.ToString();
    }

    /// <summary>Three significant digits, in plain or scientific notation by size.</summary>
    public static string Number(double value) =>
        value == 0 ? "0" : Math.Abs(value) is >= 0.01 and < 10_000 ? value.ToString("0.###", CultureInfo.InvariantCulture) : value.ToString("0.00e+0", CultureInfo.InvariantCulture);
}
