namespace QuantumML.Federated;

/// <summary>How a federated training runs: clients, rounds, local epochs, participation and aggregation.</summary>
public sealed record FederatedOptions
{
    /// <summary>Communication rounds; range ≥ 1.</summary>
    public int Rounds { get; init; } = 20;

    /// <summary>Epochs each selected client trains on its own data per round (E); range ≥ 1.</summary>
    public int LocalEpochs { get; init; } = 1;

    /// <summary>The fraction C of clients selected each round (at least one); range (0, 1].</summary>
    public double Fraction { get; init; } = 1.0;

    /// <summary>FedProx's proximal strength μ; 0 is FedAvg.</summary>
    public double Mu { get; init; }

    /// <summary>Seeds client selection and the clients' minibatch orders.</summary>
    public int Seed { get; init; }

    /// <summary>"fedavg" or "fedprox", for reports.</summary>
    public string Aggregator => Mu > 0 ? "fedprox" : "fedavg";
}
