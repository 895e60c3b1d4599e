using QuantumML.Privacy;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>A centrally trained model's <c>"dp_sgd"</c> field: example-level DP-SGD (Abadi et al. 2016) with the model's
/// own batch size (Poisson batches at q = batch_size / N), epochs and optimizer.</summary>
public static class DpSgdSettings
{
    /// <summary>The field's name in a model.</summary>
    public const string Field = "dp_sgd";

    /// <summary>Reads the field, or null when the model has none:
    /// <c>{"clip": 1.0, "noise_multiplier": 1.1, "delta": 1e-5}</c>.</summary>
    public static DpSgdOptions? Read(SettingsReader model)
    {
        if (model.Section(Field) is not { } s) return null;
        var options = new DpSgdOptions
        {
            ClipNorm = s.Number("clip", 1, 1e-9, 1e9),
            NoiseMultiplier = s.Number("noise_multiplier", 1, 0, PrivacySettings.MaxNoiseMultiplier),
            Delta = s.Number("delta", 1e-5, 1e-12, 0.5),
        };
        if (!(options.ClipNorm > 0)) throw s.Error($"{s.Path}.clip must be positive");
        s.RejectUnknown();
        return options;
    }
}
