using System.Text.Json.Nodes;
using QuantumML.Energy;
using QuantumML.Settings;

namespace QuantumML.Experiments.Specs;

/// <summary>A spec's optional top-level <c>"energy"</c> section, for every task: the power per core of the CPU-time model,
/// the PUE, the grid's carbon intensity, and whether to read the RAPL counters.</summary>
public static class EnergySettings
{
    /// <summary>The section's name.</summary>
    public const string Field = "energy";

    /// <summary>Reads the section of a spec's root (defaults when absent):
    /// <c>{"watts_per_core": 12, "pue": 1, "grid_intensity": 475, "rapl": true}</c>.</summary>
    public static EnergyOptions Read(SettingsReader root)
    {
        if (root.Section(Field) is not { } s) return new EnergyOptions();
        var options = new EnergyOptions
        {
            WattsPerCore = s.Number("watts_per_core", EnergyOptions.DefaultWattsPerCore, 0.001, 10_000),
            Pue = s.Number("pue", 1, 1, 10),
            GridIntensity = s.Number("grid_intensity", EnergyOptions.DefaultGridIntensity, 0, 100_000),
            PowercapRoot = s.Flag("rapl", true) ? EnergyOptions.DefaultPowercapRoot : null,
        };
        s.RejectUnknown();
        return options;
    }

    /// <summary>The options of a spec already read (its section was checked then).</summary>
    public static EnergyOptions Of(JsonObject spec) =>
        spec[Field] is JsonObject ? Read(new SettingsReader(spec, "$", "spec")) : new EnergyOptions();
}
