namespace QuantumML.Graphs;

/// <summary>k-means with k-means++ seeding (Lloyd's iterations), keeping the best of several seeded restarts.</summary>
/// <remarks>Written by hand: MathNet.Numerics has no clustering. D. Arthur, S. Vassilvitskii, "k-means++: The
/// Advantages of Careful Seeding", SODA 2007.</remarks>
public static class KMeans
{
    /// <summary>Clusters the rows of <paramref name="points"/> into <paramref name="k"/> groups; returns each row's cluster
    /// (0..k-1, numbered in order of first appearance) and the within-cluster sum of squares.</summary>
    /// <param name="points">n rows of equal length; n ≥ k.</param>
    /// <param name="k">Clusters; range [1, n].</param>
    /// <param name="random">Seeds every restart.</param>
    /// <param name="restarts">Independent seedings; the lowest sum of squares wins. Range ≥ 1.</param>
    /// <param name="maxIterations">Lloyd iterations per restart.</param>
    public static (int[] Assignments, double Inertia) Cluster(double[][] points, int k, Random random, int restarts = 10, int maxIterations = 300)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, points.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(restarts, 1);
        int[]? best = null;
        var bestInertia = double.PositiveInfinity;
        for (var r = 0; r < restarts; r++)
        {
            var (assignments, inertia) = Lloyd(points, Seed(points, k, random), maxIterations);
            if (inertia < bestInertia - 1e-12)
            {
                best = assignments;
                bestInertia = inertia;
            }
        }
        return (Partitions.Canonical(best!), bestInertia);
    }

    // k-means++: the first centre uniformly, each next one with probability proportional to D(x)², the squared distance
    // to the nearest centre chosen so far.
    private static double[][] Seed(double[][] points, int k, Random random)
    {
        var centres = new List<double[]> { points[random.Next(points.Length)] };
        var nearest = points.Select(p => Distance2(p, centres[0])).ToArray();
        while (centres.Count < k)
        {
            var total = nearest.Sum();
            var pick = 0;
            if (total > 0)
            {
                var target = random.NextDouble() * total;
                for (var acc = nearest[0]; acc < target && pick < points.Length - 1; acc += nearest[++pick]) { }
            }
            else
            {
                pick = random.Next(points.Length); // every point sits on a centre already
            }
            centres.Add(points[pick]);
            for (var i = 0; i < points.Length; i++) nearest[i] = Math.Min(nearest[i], Distance2(points[i], points[pick]));
        }
        return [.. centres.Select(c => (double[])c.Clone())];
    }

    private static (int[] Assignments, double Inertia) Lloyd(double[][] points, double[][] centres, int maxIterations)
    {
        var k = centres.Length;
        var dim = points[0].Length;
        var assignments = new int[points.Length];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var changed = iteration == 0;
            for (var i = 0; i < points.Length; i++)
            {
                var closest = Closest(points[i], centres);
                if (closest != assignments[i])
                {
                    assignments[i] = closest;
                    changed = true;
                }
            }
            if (!changed) break;
            var sums = new double[k][];
            var counts = new int[k];
            for (var c = 0; c < k; c++) sums[c] = new double[dim];
            for (var i = 0; i < points.Length; i++)
            {
                counts[assignments[i]]++;
                for (var d = 0; d < dim; d++) sums[assignments[i]][d] += points[i][d];
            }
            // An emptied cluster keeps its old centre rather than vanishing.
            for (var c = 0; c < k; c++)
                if (counts[c] > 0) centres[c] = sums[c].Select(s => s / counts[c]).ToArray();
        }
        var inertia = points.Select((p, i) => Distance2(p, centres[assignments[i]])).Sum();
        return (assignments, inertia);
    }

    private static int Closest(double[] point, double[][] centres)
    {
        var best = 0;
        var bestDistance = double.PositiveInfinity;
        for (var c = 0; c < centres.Length; c++)
        {
            var d = Distance2(point, centres[c]);
            if (d < bestDistance)
            {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static double Distance2(double[] a, double[] b)
    {
        var s = 0.0;
        for (var d = 0; d < a.Length; d++) s += (a[d] - b[d]) * (a[d] - b[d]);
        return s;
    }
}
