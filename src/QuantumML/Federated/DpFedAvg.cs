using QuantumML.Privacy;
using QuantumML.Randomness;

namespace QuantumML.Federated;

/// <summary>DP-FedAvg's server side (McMahan et al. 2018): Poisson sampling of clients, clipping of their updates, the
/// fixed-denominator weighted average and Gaussian noise; and the user-level guarantee of a run from the RDP accountant.</summary>
/// <remarks>
/// With weights w_k (1, or the sample count n_k), W = Σ_k w_k over all K clients and q the sampling rate, a round's new
/// global parameters are x + Σ_{k selected} w_k·clip_C(x_k − x)/(q·W) + N(0, σ²I), σ = z·C·max_k w_k/(q·W). The denominator
/// q·W is fixed in advance, not the number of clients that happened to be selected, so adding or removing one client
/// changes the sum by at most C·max w/(q·W): the sampled Gaussian mechanism with noise multiplier z, composed over the
/// rounds. Written as a weighted mean of the clipped client parameters x + clip(x_k − x) plus the remaining weight on x,
/// it reproduces FedAvg's arithmetic exactly when nothing is clipped, z = 0, q = 1 and the weights are sample counts.
/// </remarks>
public static class DpFedAvg
{
    /// <summary>The clients taking part in 1-based <paramref name="round"/>: each independently with probability
    /// <paramref name="samplingRate"/>, from a stream of <paramref name="seed"/> of its own; possibly none.</summary>
    public static List<int> Select(int seed, int round, int clients, double samplingRate)
    {
        var random = new Random(DerivedSeed.Of(seed, -round, 0));
        var selected = new List<int>();
        for (var k = 0; k < clients; k++)
            if (random.NextDouble() < samplingRate) selected.Add(k);
        return selected;
    }

    /// <summary>One round's aggregate.</summary>
    /// <param name="global">The global parameters the round started from (x).</param>
    /// <param name="updates">The selected clients' parameters after local training (x_k) with their weights w_k, in client order.</param>
    /// <param name="totalWeight">W, the sum of all K clients' weights.</param>
    /// <param name="largestWeight">max_k w_k over all K clients.</param>
    /// <param name="samplingRate">q.</param>
    /// <param name="options">C, z.</param>
    /// <param name="noise">The round's noise stream.</param>
    /// <returns>The new global parameters and how many clients' updates were clipped.</returns>
    public static (double[] Parameters, int Clipped) Aggregate(double[] global, IReadOnlyList<(double[] Parameters, double Weight)> updates,
        double totalWeight, double largestWeight, double samplingRate, DpFedAvgOptions options, Random noise)
    {
        var denominator = samplingRate * totalWeight;
        var next = new double[global.Length];
        var delta = new double[global.Length];
        var selectedWeight = 0.0;
        var clipped = 0;
        foreach (var (parameters, weight) in updates)
        {
            selectedWeight += weight;
            var share = weight / denominator;
            for (var i = 0; i < delta.Length; i++) delta[i] = parameters[i] - global[i];
            var factor = L2Clipping.Factor(delta, options.ClipNorm);
            if (factor == 1)
            {
                for (var i = 0; i < next.Length; i++) next[i] += share * parameters[i];
                continue;
            }
            clipped++;
            for (var i = 0; i < next.Length; i++) next[i] += share * (global[i] + factor * delta[i]);
        }
        // Absent clients count as zero updates: their share of the fixed denominator stays on x.
        var rest = (denominator - selectedWeight) / denominator;
        if (rest != 0)
            for (var i = 0; i < next.Length; i++) next[i] += rest * global[i];
        GaussianNoise.AddTo(next, NoiseStandardDeviation(totalWeight, largestWeight, samplingRate, options), noise);
        return (next, clipped);
    }

    /// <summary>σ = z·C·max w/(q·W), the noise on each coordinate of the aggregate (0 without clipping, which
    /// <see cref="DpFedAvgOptions.Validate"/> allows only with z = 0).</summary>
    public static double NoiseStandardDeviation(double totalWeight, double largestWeight, double samplingRate, DpFedAvgOptions options) =>
        double.IsPositiveInfinity(options.ClipNorm) ? 0 : options.NoiseMultiplier * options.ClipNorm * largestWeight / (samplingRate * totalWeight);

    /// <summary>The user-level ε after each of rounds 1 to <paramref name="rounds"/> (+∞ throughout without clipping or noise).</summary>
    public static double[] EpsilonByRound(DpFedAvgOptions options, double samplingRate, int rounds) =>
        double.IsPositiveInfinity(options.ClipNorm) || options.NoiseMultiplier == 0
            ? Enumerable.Repeat(double.PositiveInfinity, rounds).ToArray()
            : RdpAccountant.EpsilonCurve(samplingRate, options.NoiseMultiplier, rounds, options.Delta);

    /// <summary>The user-level guarantee after <paramref name="rounds"/> rounds at sampling rate <paramref name="samplingRate"/>.</summary>
    public static PrivacyGuarantee Guarantee(DpFedAvgOptions options, double samplingRate, int rounds) =>
        PrivacyGuarantee.Of(PrivacyUnit.User, samplingRate, options.NoiseMultiplier, options.ClipNorm, rounds, options.Delta);
}
