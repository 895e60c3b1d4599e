using QuantumML.Energy;

namespace QuantumML.Experiments.Results;

/// <summary>What one job cost the machine: its share of the process's CPU time, the energy that took and its CO2e, with
/// the figures the estimate used (results written before energy was recorded have none).</summary>
/// <param name="CpuSeconds">Process CPU-seconds (user plus kernel, all threads) while the job ran; while several jobs ran
/// at once, each interval's CPU time is split evenly among them.</param>
/// <param name="EnergyWh">Energy in watt-hours, PUE included.</param>
/// <param name="Co2eGrams">Grams of CO2-equivalent at <paramref name="GridIntensity"/>.</param>
/// <param name="Source">"cpu-time model" (CPU-seconds × W per core), "rapl" (the package counters) or "mixed".</param>
/// <param name="WattsPerCore">The CPU-time model's power per busy core.</param>
/// <param name="Pue">The power usage effectiveness applied.</param>
/// <param name="GridIntensity">gCO2e per kWh.</param>
/// <param name="ConcurrentJobs">The most jobs that ran at once while this one did (1: its figures are its own).</param>
public sealed record EnergyRecord(double CpuSeconds, double EnergyWh, double Co2eGrams, string Source, double WattsPerCore, double Pue,
    double GridIntensity, int ConcurrentJobs)
{
    /// <summary>The label of a source in results and reports.</summary>
    public static string Label(EnergySource source) => source switch
    {
        EnergySource.Rapl => "rapl",
        EnergySource.Mixed => "mixed",
        _ => "cpu-time model",
    };
}
