using QuantumML.Models;

namespace QuantumML.Federated;

/// <summary>One communication round.</summary>
/// <param name="Round">1-based round number.</param>
/// <param name="Clients">The clients selected (indices into the client list).</param>
/// <param name="Loss">The clients' last local epoch's mean training loss, weighted by their sample counts (NaN when DP-FedAvg's
/// Poisson sampling selected no client with data).</param>
/// <param name="TestAccuracy">The global model's test accuracy after aggregation, or NaN without a probe.</param>
/// <param name="ParametersSent">Numbers sent this round: the global parameters to each selected client and each client's back.</param>
public sealed record FederatedRound(int Round, IReadOnlyList<int> Clients, double Loss, double TestAccuracy, long ParametersSent)
{
    /// <summary>DP-FedAvg: the user-level ε spent up to and including this round (at the options' δ); NaN without privacy.</summary>
    public double Epsilon { get; init; } = double.NaN;

    /// <summary>DP-FedAvg: how many of the round's client updates were clipped.</summary>
    public int Clipped { get; init; }
}
