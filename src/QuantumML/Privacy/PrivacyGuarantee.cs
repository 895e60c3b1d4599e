using System.Globalization;

namespace QuantumML.Privacy;

/// <summary>The (ε, δ) guarantee of a private training, with everything a report must state beside it: the unit protected,
/// the mechanism's parameters, the accountant's assumption, and what is and is not covered.</summary>
/// <param name="Unit">User (DP-FedAvg) or example (DP-SGD).</param>
/// <param name="Epsilon">ε; +∞ when there is no guarantee (no noise, or no clipping).</param>
/// <param name="Delta">δ.</param>
/// <param name="Order">The Rényi order that gave ε (NaN without a guarantee).</param>
/// <param name="Conversion">The RDP-to-(ε, δ) conversion.</param>
/// <param name="SamplingRate">q, each unit's probability of taking part in a step (Poisson sampling).</param>
/// <param name="NoiseMultiplier">z, the noise's standard deviation over the sensitivity.</param>
/// <param name="ClipNorm">C, the L2 bound on one unit's contribution (+∞: none).</param>
/// <param name="Steps">Steps composed: rounds (DP-FedAvg) or minibatch steps (DP-SGD).</param>
public sealed record PrivacyGuarantee(PrivacyUnit Unit, double Epsilon, double Delta, double Order, RdpConversion Conversion,
    double SamplingRate, double NoiseMultiplier, double ClipNorm, long Steps)
{
    /// <summary>The guarantee of <paramref name="steps"/> steps of the sampled Gaussian mechanism at rate q with noise
    /// multiplier z and clipping norm C, at δ; ε = +∞ when C = +∞ (unbounded sensitivity) or z = 0.</summary>
    public static PrivacyGuarantee Of(PrivacyUnit unit, double samplingRate, double noiseMultiplier, double clipNorm, long steps, double delta,
        RdpConversion conversion = RdpConversion.Improved)
    {
        if (double.IsPositiveInfinity(clipNorm) || noiseMultiplier == 0 && steps > 0)
            return new PrivacyGuarantee(unit, double.PositiveInfinity, delta, double.NaN, conversion, samplingRate, noiseMultiplier, clipNorm, steps);
        var spent = RdpAccountant.EpsilonOf(samplingRate, noiseMultiplier, steps, delta, conversion);
        return new PrivacyGuarantee(unit, spent.Epsilon, delta, spent.Order, conversion, samplingRate, noiseMultiplier, clipNorm, steps);
    }

    /// <summary>True when ε is finite.</summary>
    public bool IsPrivate => double.IsFinite(Epsilon);

    /// <summary>What the guarantee covers, in a sentence.</summary>
    public string Protects => Unit == PrivacyUnit.User
        ? "each client's whole training data: the sequence of global models the server releases (every round's, not only the last) is as likely with any one client's data as without it, to within the (ε, δ) bound"
        : "each training example: the sequence of parameter vectors (every step's, not only the last) is as likely with any one example as without it, to within the (ε, δ) bound";

    /// <summary>What it does not cover, in a sentence.</summary>
    public string DoesNotProtect => Unit == PrivacyUnit.User
        ? "the updates the server sees before it adds the noise (the server is trusted: central, not local, DP); preprocessing fitted on the pooled training data (scaling, PCA); the clients' sample counts when updates are weighted by them; hyper-parameters chosen by looking at the data; the test split"
        : "preprocessing fitted on the training data (scaling, PCA), which is not noised; a validation split used for early stopping; hyper-parameters chosen by looking at the data; the test split";

    /// <summary>One paragraph for a report.</summary>
    public string Statement
    {
        get
        {
            var unit = Unit == PrivacyUnit.User ? "user-level (one client)" : "example-level (one training example)";
            var c = double.IsPositiveInfinity(ClipNorm) ? "no clipping" : F($"clipping norm C = {ClipNorm}");
            if (!IsPrivate)
                return F($"No differential privacy guarantee ({unit}): {(double.IsPositiveInfinity(ClipNorm) ? "without clipping one unit's influence is unbounded" : "no noise was added")} (noise multiplier z = {NoiseMultiplier}, {c}, {Steps} steps).");
            var conversion = Conversion == RdpConversion.Improved ? "the conversion of Balle et al. 2020" : "Mironov's 2017 conversion";
            return F($"{unit} (ε, δ) = ({Epsilon:0.###}, {Delta:0.#####e0}) differential privacy under add-or-remove-one adjacency, from a Rényi-DP accountant of the sampled Gaussian mechanism (best order α = {Order}, {conversion}): Poisson sampling at rate q = {SamplingRate}, noise multiplier z = {NoiseMultiplier}, {c}, {Steps} steps. It protects {Protects}. It does not protect {DoesNotProtect}.");
        }
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
