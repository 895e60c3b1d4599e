namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The metric keys of private runs, DP-FedAvg's and DP-SGD's (absent from non-private runs, whose ε is +∞).</summary>
public static class PrivacyMetrics
{
    /// <summary>The ε spent by the whole training (user level for DP-FedAvg, example level for DP-SGD), at <see cref="Delta"/>.</summary>
    public const string Epsilon = "dp_epsilon";
    /// <summary>δ of the guarantee.</summary>
    public const string Delta = "dp_delta";
    /// <summary>z, the noise's standard deviation over the sensitivity.</summary>
    public const string NoiseMultiplier = "dp_noise_multiplier";
    /// <summary>C, the L2 bound on a client's update.</summary>
    public const string ClipNorm = "dp_clip_norm";
    /// <summary>q, each client's probability of taking part in a round.</summary>
    public const string SamplingRate = "dp_sampling_rate";
    /// <summary>Client updates the server received over the training.</summary>
    public const string ClientUpdates = "dp_client_updates";
    /// <summary>Of those, how many were clipped to C.</summary>
    public const string ClippedUpdates = "dp_clipped_updates";
    /// <summary>Steps the accountant composed: minibatch steps of DP-SGD (DP-FedAvg's are its rounds).</summary>
    public const string Steps = "dp_steps";
    /// <summary>1 for DP-SGD's example-level guarantee (absent: DP-FedAvg's user-level one).</summary>
    public const string ExampleLevel = "dp_example_level";
}
