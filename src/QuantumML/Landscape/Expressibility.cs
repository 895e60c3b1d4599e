namespace QuantumML.Landscape;

/// <summary>Expressibility as Sim, Johnson and Aspuru-Guzik define it: the Kullback-Leibler divergence of the histogram of
/// fidelities between states of random parameter pairs from the Haar distribution of <see cref="HaarFidelity"/>. Near 0: the
/// ansatz covers the state space like Haar-random states; large: it reaches little of it.</summary>
public static class Expressibility
{
    /// <summary>The default bin count (Sim et al. 2019).</summary>
    public const int DefaultBins = 75;

    /// <summary>Counts <paramref name="fidelities"/> in <paramref name="bins"/> equal bins of [0, 1]; F = 1 falls in the last,
    /// and rounding beyond [0, 1] is clamped.</summary>
    public static long[] Histogram(IEnumerable<double> fidelities, int bins = DefaultBins)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        var counts = new long[bins];
        foreach (var f in fidelities)
        {
            if (double.IsNaN(f)) throw new ArgumentException("A fidelity is NaN.", nameof(fidelities));
            counts[Math.Clamp((int)(f * bins), 0, bins - 1)]++;
        }
        return counts;
    }

    /// <summary>D_KL(P_ansatz ‖ P_Haar) = Σᵢ pᵢ ln(pᵢ / qᵢ) over the bins of <paramref name="histogram"/>, with qᵢ the Haar
    /// mass of bin i integrated exactly for a state space of dimension <paramref name="dimension"/> (2ⁿ). Empty bins add 0.</summary>
    /// <remarks>A finite sample of M pairs biases the estimate upwards by about (bins − 1)/(2M) even for Haar-random states.</remarks>
    public static double KlDivergence(IReadOnlyList<long> histogram, double dimension)
    {
        var total = (double)histogram.Sum();
        if (total <= 0) throw new ArgumentException("The histogram is empty.", nameof(histogram));
        var bins = histogram.Count;
        var kl = 0.0;
        for (var i = 0; i < bins; i++)
        {
            if (histogram[i] == 0) continue;
            var p = histogram[i] / total;
            kl += p * (Math.Log(p) - HaarFidelity.LogBinMass((double)i / bins, i == bins - 1 ? 1 : (double)(i + 1) / bins, dimension));
        }
        return kl;
    }
}
