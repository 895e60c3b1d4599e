namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The metric keys of federated runs.</summary>
public static class FederatedMetrics
{
    /// <summary>K, the number of clients.</summary>
    public const string Clients = "federated_clients";
    /// <summary>Communication rounds run.</summary>
    public const string Rounds = "federated_rounds";
    /// <summary>Numbers sent per round (server to clients and back), the mean over rounds.</summary>
    public const string ParametersPerRound = "parameters_per_round";
    /// <summary>Numbers sent over the whole training.</summary>
    public const string ParametersSent = "parameters_sent";
    /// <summary>The first round (or epoch, for centralized runs) whose test accuracy reached the target; NaN when none did.</summary>
    public const string RoundsToTarget = "rounds_to_target";
    /// <summary>The split's mean total-variation distance between client and global label distributions (0: IID).</summary>
    public const string LabelSkew = "label_skew";
}
