using QuantumML.Combinatorial.Solvers;

namespace QuantumML.Combinatorial.Problems;

/// <summary>Seeded random graphs for tests and QAOA-sized instances; the same seed gives the same graph everywhere.</summary>
public static class GraphGenerators
{
    /// <summary>A uniformly random simple d-regular graph with unit weights, by the pairing (configuration) model:
    /// n·d half-edges are paired at random, and the pairing is drawn again when it makes a self-loop or a double edge.</summary>
    /// <param name="vertices">n; range ≥ d + 1, and n·d even.</param>
    /// <param name="degree">d; range [1, n - 1]. Pairings succeed with probability about exp((1 - d²)/4), so d ≲ 12.</param>
    /// <param name="seed">Seed of the generator.</param>
    /// <param name="maxAttempts">Pairings drawn before giving up.</param>
    public static MaxCutGraph RandomRegular(int vertices, int degree, ulong seed, int maxAttempts = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(vertices, degree + 1);
        if (vertices * degree % 2 != 0) throw new ArgumentException($"n·d must be even (n = {vertices}, d = {degree})");
        var rng = Xoshiro256.ForStream(seed, 0x7e9);
        var points = new int[vertices * degree];
        var seen = new HashSet<(int, int)>();
        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            for (var p = 0; p < points.Length; p++) points[p] = p / degree;
            var edges = TryPairing(points, seen, ref rng);
            if (edges is not null) return MaxCutGraph.Create(vertices, edges);
        }
        throw new InvalidOperationException($"no simple {degree}-regular graph on {vertices} vertices after {maxAttempts} pairings");
    }

    // Pairs the shuffled points two by two; null as soon as a pair is a self-loop or repeats an edge.
    private static List<WeightedEdge>? TryPairing(int[] points, HashSet<(int, int)> seen, ref Xoshiro256 rng)
    {
        seen.Clear();
        var edges = new List<WeightedEdge>(points.Length / 2);
        for (var p = points.Length - 1; p > 0; p--)
        {
            var q = rng.NextInt(p + 1);
            (points[p], points[q]) = (points[q], points[p]);
        }
        for (var p = 0; p < points.Length; p += 2)
        {
            var (u, v) = (Math.Min(points[p], points[p + 1]), Math.Max(points[p], points[p + 1]));
            if (u == v || !seen.Add((u, v))) return null;
            edges.Add(new WeightedEdge(u, v, 1));
        }
        return edges;
    }

    /// <summary>An Erdős-Rényi graph G(n, p) with unit weights: each of the n(n-1)/2 pairs is an edge with probability p.</summary>
    /// <param name="vertices">n; range ≥ 1.</param>
    /// <param name="probability">p; range [0, 1].</param>
    /// <param name="seed">Seed of the generator.</param>
    public static MaxCutGraph ErdosRenyi(int vertices, double probability, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(vertices, 1);
        if (!(probability is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(probability), probability, "must be in [0, 1]");
        var rng = Xoshiro256.ForStream(seed, 0xe5);
        var edges = new List<WeightedEdge>();
        for (var u = 0; u < vertices; u++)
        {
            for (var v = u + 1; v < vertices; v++)
            {
                if (rng.NextDouble() < probability) edges.Add(new WeightedEdge(u, v, 1));
            }
        }
        return MaxCutGraph.Create(vertices, edges);
    }
}
