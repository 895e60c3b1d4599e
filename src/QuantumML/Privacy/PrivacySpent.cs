namespace QuantumML.Privacy;

/// <summary>An (ε, δ) guarantee read off an RDP curve.</summary>
/// <param name="Epsilon">ε; +∞ when no order gives a finite bound.</param>
/// <param name="Delta">δ.</param>
/// <param name="Order">The Rényi order α that gave the bound (NaN when none did).</param>
/// <param name="Conversion">Which RDP-to-(ε, δ) conversion.</param>
public sealed record PrivacySpent(double Epsilon, double Delta, double Order, RdpConversion Conversion);
