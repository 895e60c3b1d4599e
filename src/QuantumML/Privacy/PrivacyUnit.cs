namespace QuantumML.Privacy;

/// <summary>What one "record" of a differential privacy guarantee is: the neighbouring datasets differ by one of these.</summary>
public enum PrivacyUnit
{
    /// <summary>One client (user) with all of its data: DP-FedAvg's user-level privacy.</summary>
    User,

    /// <summary>One training example: DP-SGD's example-level privacy.</summary>
    Example,
}
