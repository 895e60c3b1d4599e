using System.Globalization;
using QuantumML.Combinatorial.Problems;
using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Graphs;

/// <summary>The planted-partition stochastic block model: nodes in blocks, each pair joined independently with
/// probability p_in inside a block and p_out across blocks; a node's label is its block.</summary>
/// <remarks>P. W. Holland, K. B. Laskey, S. Leinhardt, "Stochastic blockmodels: First steps", Social Networks 5(2), 1983.</remarks>
public static class StochasticBlockModel
{
    /// <summary>Draws a graph; the same sizes, probabilities and seed give the same graph everywhere.</summary>
    /// <param name="blockSizes">Nodes per block, in node order (block 0 is nodes 0..size₀-1); each ≥ 1.</param>
    /// <param name="pIn">Edge probability inside a block; range [0, 1].</param>
    /// <param name="pOut">Edge probability between blocks; range [0, 1].</param>
    /// <param name="seed">Seed of the generator.</param>
    public static Graph Generate(IReadOnlyList<int> blockSizes, double pIn, double pOut, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(blockSizes);
        if (blockSizes.Count == 0 || blockSizes.Any(s => s < 1)) throw new ArgumentException("every block needs at least one node", nameof(blockSizes));
        if (!(pIn is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(pIn), pIn, "must be in [0, 1]");
        if (!(pOut is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(pOut), pOut, "must be in [0, 1]");
        var labels = blockSizes.SelectMany((size, block) => Enumerable.Repeat(block, size)).ToArray();
        var rng = Xoshiro256.ForStream(seed, 0x5b3);
        var edges = new List<WeightedEdge>();
        for (var u = 0; u < labels.Length; u++)
        {
            for (var v = u + 1; v < labels.Length; v++)
            {
                if (rng.NextDouble() < (labels[u] == labels[v] ? pIn : pOut)) edges.Add(new WeightedEdge(u, v, 1));
            }
        }
        var names = Enumerable.Range(0, blockSizes.Count).Select(b => string.Create(CultureInfo.InvariantCulture, $"block {b}")).ToArray();
        return Graph.Create(labels.Length, edges, labels, names);
    }

    /// <summary>The (p_in, p_out) with p_in / p_out = <paramref name="ratio"/> whose expected mean degree is
    /// <paramref name="meanDegree"/>: c = Σ_b (s_b / n) [(s_b − 1) p_in + (n − s_b) p_out].</summary>
    /// <remarks>Holding c fixed while the ratio varies isolates the community signal from the density.</remarks>
    /// <exception cref="ArgumentException">No probabilities ≤ 1 give that degree.</exception>
    public static (double PIn, double POut) ProbabilitiesFor(IReadOnlyList<int> blockSizes, double meanDegree, double ratio)
    {
        ArgumentNullException.ThrowIfNull(blockSizes);
        if (!(ratio >= 1)) throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "must be at least 1");
        double n = blockSizes.Sum();
        var perPOut = blockSizes.Sum(s => s / n * ((s - 1) * ratio + (n - s)));
        var pOut = meanDegree / perPOut;
        var pIn = ratio * pOut;
        if (!(pIn <= 1)) throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"mean degree {meanDegree} at ratio {ratio} needs p_in = {pIn:0.###} > 1"));
        return (pIn, pOut);
    }

    /// <summary>For two equal blocks of mean degree c, the ratio p_in/p_out = (c + √c)/(c − √c) below which no algorithm
    /// recovers the blocks better than chance as n → ∞ (infinity when c ≤ 1).</summary>
    /// <remarks>A. Decelle, F. Krzakala, C. Moore, L. Zdeborová, "Asymptotic analysis of the stochastic block model for
    /// modular networks and its algorithmic applications", Phys. Rev. E 84, 066106 (2011): |c_in − c_out| = 2√c.</remarks>
    public static double DetectabilityRatio(double meanDegree) =>
        meanDegree <= 1 ? double.PositiveInfinity : (meanDegree + Math.Sqrt(meanDegree)) / (meanDegree - Math.Sqrt(meanDegree));
}
