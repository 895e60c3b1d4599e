namespace QuantumML.Energy;

/// <summary>The arithmetic of an energy estimate: CPU-seconds × W per core, or RAPL microjoules, to watt-hours (times the
/// PUE), and watt-hours × grid intensity to grams of CO2e.</summary>
public static class EnergyModel
{
    /// <summary>Wh = CPU-seconds × W per core × PUE / 3600: each CPU-second is a core busy for a second.</summary>
    public static double WattHoursFromCpu(double cpuSeconds, double wattsPerCore, double pue = 1)
    {
        if (!(cpuSeconds >= 0)) throw new ArgumentOutOfRangeException(nameof(cpuSeconds), cpuSeconds, "CPU time cannot be negative.");
        return cpuSeconds * wattsPerCore * pue / 3600;
    }

    /// <summary>Wh = µJ / 3.6·10⁹ × PUE.</summary>
    public static double WattHoursFromMicrojoules(double microjoules, double pue = 1)
    {
        if (!(microjoules >= 0)) throw new ArgumentOutOfRangeException(nameof(microjoules), microjoules, "Energy cannot be negative.");
        return microjoules / 3.6e9 * pue;
    }

    /// <summary>g CO2e = Wh / 1000 × gCO2e/kWh.</summary>
    public static double Co2eGrams(double wattHours, double gridIntensity) => wattHours / 1000 * gridIntensity;
}
