namespace QuantumML.Energy;

/// <summary>The power model and grid intensity an energy estimate uses (CodeCarbon's approach: measured energy where the
/// counters are readable, else CPU time × a power figure; CO2e from the grid's carbon intensity).</summary>
public sealed record EnergyOptions
{
    /// <summary>Green Algorithms' figure for an unlisted CPU: 12 W per core (the "Any" row of its processor table,
    /// TDP_cpu.csv; L. Lannelongue, J. Grealey, M. Inouye, "Green Algorithms: Quantifying the Carbon Footprint of
    /// Computation", Adv. Sci. 8, 2100707, 2021). A TDP per core, so an upper-end figure for a busy core.</summary>
    public const double DefaultWattsPerCore = 12.0;

    /// <summary>The world-average carbon intensity of electricity, 475 gCO2e/kWh (IEA, Global Energy &amp; CO2 Status Report
    /// 2019, as used by Green Algorithms for "World").</summary>
    public const double DefaultGridIntensity = 475.0;

    /// <summary>Where Linux exposes the RAPL energy counters.</summary>
    public const string DefaultPowercapRoot = "/sys/class/powercap";

    /// <summary>Watts drawn per fully busy core, applied to CPU-seconds when RAPL is not readable; range &gt; 0.</summary>
    public double WattsPerCore { get; init; } = DefaultWattsPerCore;

    /// <summary>The grid's carbon intensity in gCO2e per kWh; range ≥ 0.</summary>
    public double GridIntensity { get; init; } = DefaultGridIntensity;

    /// <summary>Power usage effectiveness, the facility's total power over the computer's (cooling and the like); 1 for a
    /// desk machine, 1.5–1.7 for a typical data centre; range ≥ 1.</summary>
    public double Pue { get; init; } = 1.0;

    /// <summary>The powercap folder to read RAPL counters from; null to use the CPU-time model only.</summary>
    public string? PowercapRoot { get; init; } = DefaultPowercapRoot;

    /// <summary>Throws when a field is out of range, naming it.</summary>
    public void Validate()
    {
        if (!(WattsPerCore > 0) || double.IsPositiveInfinity(WattsPerCore)) throw new ArgumentException($"The power per core must be positive and finite; got {WattsPerCore} W.");
        if (!(GridIntensity >= 0) || double.IsPositiveInfinity(GridIntensity)) throw new ArgumentException($"The grid intensity must be finite and non-negative; got {GridIntensity} gCO2e/kWh.");
        if (!(Pue >= 1) || double.IsPositiveInfinity(Pue)) throw new ArgumentException($"The PUE must be finite and at least 1; got {Pue}.");
    }
}
