namespace QuantumML.Graphs;

/// <summary>Node positions for drawing a graph: Fruchterman–Reingold's spring embedder, seeded, scaled into [−1, 1]².</summary>
/// <remarks>Written by hand: none of the project's libraries lays out graphs. T. M. J. Fruchterman, E. M. Reingold, "Graph
/// drawing by force-directed placement", Software: Practice and Experience 21(11), 1991: every pair repels with k²/d, every
/// edge attracts with w·d²/k, each step moves a node at most the temperature, which cools linearly. A weak pull towards the
/// centre keeps separate components in the picture, and repulsion grows with degree as in ForceAtlas2 (M. Jacomy et al.,
/// PLoS ONE 9(6), 2014).</remarks>
public static class ForceDirectedLayout
{
    /// <summary>(x, y) of every node; the same graph and seed give the same picture.</summary>
    /// <param name="graph">The graph (O(n²) per iteration: meant for the few hundred nodes a picture can show).</param>
    /// <param name="seed">Seeds the initial positions.</param>
    /// <param name="iterations">Steps; range ≥ 1.</param>
    public static (double[] X, double[] Y) Compute(Graph graph, int seed = 1, int iterations = 300)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var n = graph.NodeCount;
        var random = new Random(seed);
        var x = Enumerable.Range(0, n).Select(_ => 2 * random.NextDouble() - 1).ToArray();
        var y = Enumerable.Range(0, n).Select(_ => 2 * random.NextDouble() - 1).ToArray();
        var k = 2.5 / Math.Sqrt(n);
        var maxWeight = graph.Edges.Count > 0 ? graph.Edges.Max(e => e.Weight) : 1;
        // Hubs repel more (ForceAtlas2's degree-weighted repulsion), so that two hubs sharing most neighbours do not land
        // on one spot.
        var meanDegree = graph.Degrees.Average();
        var mass = graph.Degrees.Select(d => Math.Sqrt((d + 1) / (meanDegree + 1))).ToArray();
        var dx = new double[n];
        var dy = new double[n];
        for (var step = 0; step < iterations; step++)
        {
            var temperature = 0.2 * (1 - (double)step / iterations);
            Array.Clear(dx);
            Array.Clear(dy);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var (ex, ey) = (x[i] - x[j], y[i] - y[j]);
                    var d2 = Math.Max(ex * ex + ey * ey, 1e-9);
                    var f = k * k * mass[i] * mass[j] / d2; // (k²/d) along the unit vector (ex, ey)/d, heavier for hubs
                    dx[i] += ex * f;
                    dy[i] += ey * f;
                    dx[j] -= ex * f;
                    dy[j] -= ey * f;
                }
            }
            foreach (var e in graph.Edges)
            {
                var (ex, ey) = (x[e.U] - x[e.V], y[e.U] - y[e.V]);
                var f = e.Weight / maxWeight * Math.Sqrt(ex * ex + ey * ey) / k; // (w·d²/k) along the unit vector
                dx[e.U] -= ex * f;
                dy[e.U] -= ey * f;
                dx[e.V] += ex * f;
                dy[e.V] += ey * f;
            }
            for (var i = 0; i < n; i++)
            {
                dx[i] -= 0.02 * x[i] / k;
                dy[i] -= 0.02 * y[i] / k;
                var length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (length == 0) continue;
                var move = Math.Min(length, temperature) / length;
                x[i] += dx[i] * move;
                y[i] += dy[i] * move;
            }
        }
        return (Scale(x), Scale(y));
    }

    private static double[] Scale(double[] values)
    {
        var (min, max) = (values.Min(), values.Max());
        return max - min < 1e-12 ? new double[values.Length] : [.. values.Select(v => 2 * (v - min) / (max - min) - 1)];
    }
}
