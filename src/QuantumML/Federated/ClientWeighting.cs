namespace QuantumML.Federated;

/// <summary>How DP-FedAvg weighs the clients' clipped updates.</summary>
public enum ClientWeighting
{
    /// <summary>Every client alike: the update is the sum of the clipped updates over q·K, the expected number of clients per
    /// round, and one client moves it by at most C/(q·K). The default (Flower's DP strategies; McMahan et al. 2018 with
    /// w_k = 1).</summary>
    Uniform,

    /// <summary>By sample count, w_k = n_k: the weighted sum over q·Σn_k, FedAvg's weights (McMahan et al. 2018's estimator
    /// with the weight cap at the largest client, so that none is capped). One client moves the update by at most
    /// C·n_k/(q·Σn), so the noise is scaled to the largest client; the counts themselves are treated as public.</summary>
    Samples,
}
