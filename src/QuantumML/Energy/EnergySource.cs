namespace QuantumML.Energy;

/// <summary>Where an energy figure came from.</summary>
public enum EnergySource
{
    /// <summary>CPU-seconds × a power per core (<see cref="EnergyOptions.WattsPerCore"/>): an estimate.</summary>
    CpuTimeModel,

    /// <summary>The RAPL package counters: a measurement of the whole processor package, every process on it included.</summary>
    Rapl,

    /// <summary>A sum of jobs some of which were measured by RAPL and some estimated.</summary>
    Mixed,
}
