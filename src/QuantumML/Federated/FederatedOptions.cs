namespace QuantumML.Federated;

/// <summary>How a federated training runs: clients, rounds, local epochs, participation and aggregation.</summary>
public sealed record FederatedOptions
{
    /// <summary>Communication rounds; range ≥ 1.</summary>
    public int Rounds { get; init; } = 20;

    /// <summary>Epochs each selected client trains on its own data per round (E); range ≥ 1.</summary>
    public int LocalEpochs { get; init; } = 1;

    /// <summary>The fraction C of clients selected each round (at least one); range (0, 1]. With <see cref="Privacy"/> it is
    /// DP-FedAvg's sampling rate q instead: each client takes part independently with this probability (possibly none).</summary>
    public double Fraction { get; init; } = 1.0;

    /// <summary>FedProx's proximal strength μ; 0 is FedAvg.</summary>
    public double Mu { get; init; }

    /// <summary>Seeds client selection and the clients' minibatch orders.</summary>
    public int Seed { get; init; }

    /// <summary>DP-FedAvg's clipping, noise and δ, or null for plain FedAvg (no privacy).</summary>
    public DpFedAvgOptions? Privacy { get; init; }

    /// <summary>"fedavg" or "fedprox", prefixed "dp-" with <see cref="Privacy"/>, for reports.</summary>
    public string Aggregator => (Privacy is null ? "" : "dp-") + (Mu > 0 ? "fedprox" : "fedavg");
}
