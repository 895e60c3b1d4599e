using System.Diagnostics;

namespace QuantumML.Energy;

/// <summary>Measures a job's CPU time and energy: <see cref="Snapshot"/> before and after, <see cref="Between"/> the two.</summary>
/// <remarks>CPU-seconds are the process's own (<see cref="Process.TotalProcessorTime"/>, user plus kernel time over all
/// threads): when several jobs run at once in one process, each job's difference includes the others' CPU time, so per-job
/// figures are exact only for jobs run one at a time (their sum over a run is right either way). RAPL counts the whole
/// package, other processes included, so it is used only when readable and is labelled as such.</remarks>
/// <param name="options">The power model, grid intensity, PUE and powercap folder; defaults when null.</param>
public sealed class EnergyMeter(EnergyOptions? options = null)
{
    /// <summary>The settings in use.</summary>
    public EnergyOptions Options { get; } = Validated(options ?? new EnergyOptions());

    /// <summary>The process's CPU time, a wall clock and the RAPL counters (when readable), now.</summary>
    public EnergySnapshot Snapshot()
    {
        using var process = Process.GetCurrentProcess();
        return new EnergySnapshot(process.TotalProcessorTime, Stopwatch.GetTimestamp(),
            Options.PowercapRoot is null ? null : RaplCounters.Read(Options.PowercapRoot));
    }

    /// <summary>The CPU time, wall time, energy and CO2e between two snapshots: from RAPL when both have readable counters,
    /// else from the CPU-time model.</summary>
    public EnergyUse Between(EnergySnapshot start, EnergySnapshot end)
    {
        var cpuSeconds = Math.Max(0, (end.CpuTime - start.CpuTime).TotalSeconds);
        var wallSeconds = Math.Max(0, Stopwatch.GetElapsedTime(start.Timestamp, end.Timestamp).TotalSeconds);
        var measured = start.Rapl is { } a && end.Rapl is { } b ? RaplCounters.MicrojoulesBetween(a, b) : null;
        return measured is { } microjoules
            ? Use(cpuSeconds, wallSeconds, EnergyModel.WattHoursFromMicrojoules(microjoules, Options.Pue), EnergySource.Rapl)
            : Use(cpuSeconds, wallSeconds, EnergyModel.WattHoursFromCpu(cpuSeconds, Options.WattsPerCore, Options.Pue), EnergySource.CpuTimeModel);
    }

    /// <summary>The estimate for <paramref name="cpuSeconds"/> of CPU time by the CPU-time model (for a job measured elsewhere).</summary>
    public EnergyUse FromCpuSeconds(double cpuSeconds, double wallSeconds = double.NaN) =>
        Use(cpuSeconds, wallSeconds, EnergyModel.WattHoursFromCpu(cpuSeconds, Options.WattsPerCore, Options.Pue), EnergySource.CpuTimeModel);

    /// <summary>Runs <paramref name="job"/> between two snapshots and returns its result with the energy it used.</summary>
    public async Task<(T Result, EnergyUse Energy)> MeasureAsync<T>(Func<Task<T>> job)
    {
        var start = Snapshot();
        var result = await job().ConfigureAwait(false);
        return (result, Between(start, Snapshot()));
    }

    private EnergyUse Use(double cpuSeconds, double wallSeconds, double wattHours, EnergySource source) =>
        new(cpuSeconds, wallSeconds, wattHours, EnergyModel.Co2eGrams(wattHours, Options.GridIntensity), source,
            Options.WattsPerCore, Options.GridIntensity, Options.Pue);

    private static EnergyOptions Validated(EnergyOptions options)
    {
        options.Validate();
        return options;
    }
}

/// <summary>A moment's CPU time, clock and RAPL counters.</summary>
/// <param name="CpuTime">The process's total processor time.</param>
/// <param name="Timestamp">A <see cref="Stopwatch"/> timestamp.</param>
/// <param name="Rapl">The RAPL package counters, or null when unreadable.</param>
public sealed record EnergySnapshot(TimeSpan CpuTime, long Timestamp, IReadOnlyDictionary<string, RaplCounter>? Rapl);

/// <summary>What a job used.</summary>
/// <param name="CpuSeconds">Process CPU-seconds (user plus kernel, all threads).</param>
/// <param name="WallSeconds">Elapsed seconds (NaN when not measured).</param>
/// <param name="EnergyWh">Energy in watt-hours, PUE included.</param>
/// <param name="Co2eGrams">Grams of CO2-equivalent at the grid intensity.</param>
/// <param name="Source">Measured by RAPL, or estimated from CPU time.</param>
/// <param name="WattsPerCore">The power per core of the CPU-time model.</param>
/// <param name="GridIntensity">gCO2e per kWh.</param>
/// <param name="Pue">Power usage effectiveness applied.</param>
public sealed record EnergyUse(double CpuSeconds, double WallSeconds, double EnergyWh, double Co2eGrams, EnergySource Source,
    double WattsPerCore, double GridIntensity, double Pue)
{
    /// <summary>Two jobs' use together (wall times add: jobs one after the other); the source is mixed when theirs differ.</summary>
    public static EnergyUse operator +(EnergyUse a, EnergyUse b) => a with
    {
        CpuSeconds = a.CpuSeconds + b.CpuSeconds,
        WallSeconds = a.WallSeconds + b.WallSeconds,
        EnergyWh = a.EnergyWh + b.EnergyWh,
        Co2eGrams = a.Co2eGrams + b.Co2eGrams,
        Source = a.Source == b.Source ? a.Source : EnergySource.Mixed,
    };

    /// <summary>The sum of two uses (for languages without operators).</summary>
    public static EnergyUse Add(EnergyUse a, EnergyUse b) => a + b;
}
