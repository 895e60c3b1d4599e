using QuantumML.Federated;
using QuantumML.Privacy;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>A federated model's <c>"privacy"</c> field, one job's worth (a list of noise levels is expanded by
/// <see cref="PrivacySweep"/> first): DP-FedAvg's clipping norm, its noise as a multiplier or a target ε, the client
/// sampling rate q and δ.</summary>
/// <param name="Options">Clipping, noise multiplier, δ and weighting, for <see cref="FederatedOptions.Privacy"/>.</param>
/// <param name="SamplingRate">q, each client's probability of taking part in a round (Poisson sampling).</param>
/// <param name="TargetEpsilon">The ε the noise multiplier was calibrated to, or null when z was given.</param>
public sealed record PrivacySettings(DpFedAvgOptions Options, double SamplingRate, double? TargetEpsilon)
{
    /// <summary>The field's name in a model's <c>"federated"</c> section.</summary>
    public const string Field = "privacy";

    /// <summary>Largest noise multiplier a spec may give (ε is already tiny far below it).</summary>
    public const double MaxNoiseMultiplier = 1e4;

    /// <summary>Largest target ε a spec may give.</summary>
    public const double MaxTargetEpsilon = 1e4;

    /// <summary>Reads the field of a federated section with <paramref name="clients"/> clients and <paramref name="rounds"/>
    /// rounds, or null when there is none:
    /// <c>{"clip": 0.2, "noise_multiplier": 1 | "target_epsilon": 3, "sampling_rate": 0.5, "delta": 1e-3, "weighting": "uniform" | "samples", "non_private_run": true}</c>.</summary>
    public static PrivacySettings? Read(SettingsReader federated, int clients, int rounds)
    {
        if (federated.Section(Field) is not { } p) return null;
        var path = p.Path;
        var clip = p.Number("clip", 1, 1e-9, 1e9);
        if (!(clip > 0)) throw p.Error($"{path}.clip must be positive");
        var q = p.Number("sampling_rate", 1, 1e-6, 1);
        var delta = p.Number("delta", 1e-5, 1e-12, 0.5);
        if (delta >= 1.0 / clients)
            throw p.Error($"{path}.delta is {delta}, at least 1/clients = 1/{clients}: a guarantee that may fail with that probability could release one client's data whole; give δ < 1/{clients}");
        var weighting = p.Choice("weighting", "uniform", "uniform", "samples") == "samples" ? ClientWeighting.Samples : ClientWeighting.Uniform;
        p.Flag("non_private_run", true);   // read by the sweep, which adds the run
        double z;
        double? target = null;
        if (p.Has("noise_multiplier") == p.Has("target_epsilon"))
            throw p.Error($"{path} needs one of \"noise_multiplier\" (z) and \"target_epsilon\" (ε, from which z is calibrated)");
        if (p.Has("noise_multiplier"))
        {
            z = p.Number("noise_multiplier", 1, 0, MaxNoiseMultiplier);
        }
        else
        {
            target = p.Number("target_epsilon", 1, 1e-3, MaxTargetEpsilon);
            try
            {
                z = NoiseCalibration.NoiseMultiplierFor(target.Value, delta, q, rounds);
            }
            catch (ArgumentException e)
            {
                throw p.Error($"{path}.target_epsilon {target} cannot be met: {e.Message}");
            }
        }
        p.RejectUnknown();
        return new PrivacySettings(new DpFedAvgOptions { ClipNorm = clip, NoiseMultiplier = z, Delta = delta, Weighting = weighting }, q, target);
    }

    /// <summary>The user-level guarantee after <paramref name="rounds"/> rounds.</summary>
    public PrivacyGuarantee Guarantee(int rounds) => DpFedAvg.Guarantee(Options, SamplingRate, rounds);
}
