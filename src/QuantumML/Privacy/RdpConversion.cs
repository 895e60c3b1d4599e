namespace QuantumML.Privacy;

/// <summary>How an RDP curve becomes an (ε, δ) guarantee: ε = min over orders α of the order's bound.</summary>
public enum RdpConversion
{
    /// <summary>ε = ε_RDP(α) + ln(1/δ)/(α − 1): Mironov, "Rényi Differential Privacy", CSF 2017, Proposition 3. What TensorFlow
    /// Privacy reported until 2020 (its MNIST tutorial's ε = 3.01).</summary>
    Standard,

    /// <summary>ε = ε_RDP(α) + ln(1 − 1/α) − (ln δ + ln α)/(α − 1): Balle, Barthe, Gaboardi, Hsu and Sato, "Hypothesis testing
    /// interpretations and Rényi differential privacy", AISTATS 2020, Theorem 21 (also Canonne, Kamath and Steinke 2020,
    /// Proposition 12). Smaller than the standard bound at every order (ln(1 − 1/α) and −ln α/(α − 1) are both negative);
    /// what Opacus and today's TensorFlow Privacy (dp_accounting) report. The default.</summary>
    Improved,
}
