using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Expands a federated model with a <c>"privacy"</c> field into its jobs: one per noise level (a list of
/// <c>"noise_multiplier"</c> or <c>"target_epsilon"</c> values sweeps it) and, unless <c>"non_private_run": false</c>, the
/// same model trained by plain FedAvg at the same participation, as the ε = ∞ reference.</summary>
public static class PrivacySweep
{
    /// <summary>Most noise levels one model may sweep.</summary>
    public const int MaxLevels = 100;

    /// <summary>The job name suffix of the non-private reference run.</summary>
    public const string NonPrivate = "non-private";

    /// <summary>The model's jobs, or null when it has no privacy field.</summary>
    public static IReadOnlyList<ModelSpec>? Expand(SettingsReader model, string name, string type)
    {
        if (model.Raw["federated"] is not JsonObject federated || federated[PrivacySettings.Field] is not JsonObject privacy) return null;
        var path = $"{model.Path}.federated.{PrivacySettings.Field}";
        if (model.Raw["noise_training"] is not null)
            throw model.Error($"{model.Path}.noise_training and federated privacy cannot be combined; train at each noise level or privately, in two models");
        if (federated["fraction"] is not null)
            throw model.Error($"{model.Path}.federated.fraction: with privacy, clients take part by Poisson sampling at {path}.sampling_rate; give q there");
        var key = privacy["target_epsilon"] is not null ? "target_epsilon" : "noise_multiplier";
        var label = key == "target_epsilon" ? "eps" : "z";
        var (min, max) = key == "target_epsilon" ? (1e-3, PrivacySettings.MaxTargetEpsilon) : (0.0, PrivacySettings.MaxNoiseMultiplier);
        var levels = new List<JsonNode?>();
        if (privacy[key] is JsonArray list)
        {
            if (list.Count is 0 or > MaxLevels) throw model.Error($"{path}.{key} lists {list.Count} values; give 1 to {MaxLevels}");
            var seen = new HashSet<double>();
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not JsonValue v || !v.TryGetValue<double>(out var x)) throw model.Error($"{path}.{key}[{i}] must be a number");
                if (!(x >= min && x <= max)) throw model.Error(string.Create(CultureInfo.InvariantCulture, $"{path}.{key}[{i}] is {x}; it must be in [{min}, {max}]"));
                if (!seen.Add(x)) throw model.Error(string.Create(CultureInfo.InvariantCulture, $"{path}.{key} lists {x} twice"));
                levels.Add(v);
            }
        }
        else
        {
            levels.Add(privacy[key]);   // a single value (or none): checked where the job's settings are read
        }

        var jobs = new List<ModelSpec>();
        foreach (var level in levels)
        {
            var fields = (JsonObject)model.Raw.DeepClone();
            if (level is not null) fields["federated"]![PrivacySettings.Field]![key] = level.DeepClone();
            var text = level is JsonValue v && v.TryGetValue<double>(out var x) ? x.ToString("R", CultureInfo.InvariantCulture) : "?";
            jobs.Add(new ModelSpec($"{name}[{label}={text}]", type, new SettingsReader(fields, model.Path, model.File)) { BaseName = name });
        }
        if (privacy["non_private_run"] is not JsonValue flag || !flag.TryGetValue<bool>(out var run) || run)
        {
            // Plain FedAvg with q·K clients a round: the same expected participation, no clipping, no noise.
            var fields = (JsonObject)model.Raw.DeepClone();
            var section = (JsonObject)fields["federated"]!;
            var q = privacy["sampling_rate"] is JsonValue rate && rate.TryGetValue<double>(out var r) ? r : 1.0;
            section.Remove(PrivacySettings.Field);
            section["fraction"] = Math.Clamp(q, 1e-6, 1);
            jobs.Add(new ModelSpec($"{name}[{NonPrivate}]", type, new SettingsReader(fields, model.Path, model.File)) { BaseName = name });
        }
        return jobs;
    }
}
