using QuantumML.Data;
using QuantumML.Federated;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>A model's <c>"federated"</c> field: how many clients, how the training split is dealt to them, and the rounds.</summary>
/// <param name="Clients">K, the number of clients.</param>
/// <param name="Split">"iid" or "dirichlet".</param>
/// <param name="Alpha">The Dirichlet concentration α (non-IID split only).</param>
/// <param name="Options">Rounds, local epochs, fraction C and μ (the seed is the run's).</param>
/// <param name="TargetAccuracy">The test accuracy whose first round is reported, or null.</param>
public sealed record FederatedSpec(int Clients, string Split, double Alpha, FederatedOptions Options, double? TargetAccuracy)
{
    /// <summary>DP-FedAvg's settings (also in <see cref="FederatedOptions.Privacy"/>, with q as the fraction), or null.</summary>
    public PrivacySettings? Privacy { get; init; }

    /// <summary>"iid" or "dirichlet(α)", for reports.</summary>
    public string SplitLabel => Split == "iid" ? "iid" : FormattableString.Invariant($"dirichlet({Alpha})");

    /// <summary>Reads the field, or null when the model has none:
    /// <c>{"clients": 5, "rounds": 20, "local_epochs": 1, "fraction": 1, "split": "iid" | "dirichlet", "alpha": 0.3, "mu": 0, "target_accuracy": 0.8, "privacy": {...}}</c>
    /// (see <see cref="PrivacySettings.Read"/>).</summary>
    public static FederatedSpec? Read(SettingsReader model)
    {
        if (model.Section("federated") is not { } s) return null;
        var split = s.Choice("split", "iid", "iid", "dirichlet");
        if (split == "iid" && s.Has("alpha")) throw s.Error($"{s.Path}.alpha applies to \"split\": \"dirichlet\" only");
        var clients = s.Whole("clients", 5, 1, 10_000);
        var rounds = s.Whole("rounds", 20, 1, 100_000);
        var privacy = PrivacySettings.Read(s, clients, rounds);
        if (privacy is not null && s.Has("fraction"))
            throw s.Error($"{s.Path}.fraction: with privacy, clients take part by Poisson sampling at {s.Path}.privacy.sampling_rate; give q there");
        var spec = new FederatedSpec(
            clients,
            split,
            split == "dirichlet" ? s.Number("alpha", 0.5, 1e-6, 1e6) : double.PositiveInfinity,
            new FederatedOptions
            {
                Rounds = rounds,
                LocalEpochs = s.Whole("local_epochs", 1, 1, 10_000),
                Fraction = privacy?.SamplingRate ?? s.Number("fraction", 1, 1e-6, 1),
                Mu = s.Number("mu", 0, 0, 1e6),
                Privacy = privacy?.Options,
            },
            s.Has("target_accuracy") ? s.Number("target_accuracy", 0, 0, 1) : null) { Privacy = privacy };
        s.RejectUnknown();
        return spec;
    }
}
