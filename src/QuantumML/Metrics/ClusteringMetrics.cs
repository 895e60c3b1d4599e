namespace QuantumML.Metrics;

/// <summary>Agreement between two partitions of the same items, whatever numbers the clusters carry.</summary>
public static class ClusteringMetrics
{
    /// <summary>The adjusted Rand index: 1 for identical partitions, about 0 for independent ones (it can go negative).</summary>
    /// <remarks>L. Hubert, P. Arabie, "Comparing partitions", J. Classification 2, 1985. When both partitions are a single
    /// cluster (or all singletons) the index is 0/0; it is 1 then, as in scikit-learn.</remarks>
    public static double AdjustedRandIndex(int[] a, int[] b)
    {
        var (table, rows, columns, n) = Contingency(a, b);
        static double Pairs(double x) => x * (x - 1) / 2;
        var index = table.Values.Sum(Pairs);
        var rowPairs = rows.Values.Sum(Pairs);
        var columnPairs = columns.Values.Sum(Pairs);
        var expected = rowPairs * columnPairs / Pairs(n);
        var maximum = (rowPairs + columnPairs) / 2;
        return maximum == expected ? 1 : (index - expected) / (maximum - expected);
    }

    /// <summary>Normalized mutual information I(A; B) / ((H(A) + H(B)) / 2), in [0, 1] (the arithmetic normalization,
    /// scikit-learn's default); 1 when both partitions are a single cluster.</summary>
    /// <remarks>N. X. Vinh, J. Epps, J. Bailey, "Information Theoretic Measures for Clusterings Comparison", JMLR 11, 2010.</remarks>
    public static double NormalizedMutualInformation(int[] a, int[] b)
    {
        var (table, rows, columns, n) = Contingency(a, b);
        double Entropy(IEnumerable<double> counts) => -counts.Sum(c => c / n * Math.Log(c / n));
        var ha = Entropy(rows.Values);
        var hb = Entropy(columns.Values);
        if (ha == 0 && hb == 0) return 1;
        var mutual = table.Sum(t => t.Value / n * Math.Log(n * t.Value / (rows[t.Key.A] * columns[t.Key.B])));
        return Math.Clamp(mutual / ((ha + hb) / 2), 0, 1);
    }

    /// <summary>The fewest items that disagree with <paramref name="truth"/> over every one-to-one renaming of the
    /// clusters of <paramref name="found"/> (by exhaustive search over renamings, so for up to 8 clusters on either side).</summary>
    public static int Misassigned(int[] truth, int[] found)
    {
        var (table, rows, columns, n) = Contingency(truth, found);
        var trueClusters = rows.Keys.ToArray();
        var foundClusters = columns.Keys.ToArray();
        if (trueClusters.Length > 8 || foundClusters.Length > 8) throw new ArgumentException("at most 8 clusters on either side");
        var best = 0.0;
        // Assign each found cluster to a distinct true cluster (or to none); keep the largest total overlap.
        void Search(int f, bool[] used, double overlap)
        {
            if (f == foundClusters.Length)
            {
                best = Math.Max(best, overlap);
                return;
            }
            Search(f + 1, used, overlap);
            for (var t = 0; t < trueClusters.Length; t++)
            {
                if (used[t]) continue;
                used[t] = true;
                Search(f + 1, used, overlap + table.GetValueOrDefault((trueClusters[t], foundClusters[f])));
                used[t] = false;
            }
        }
        Search(0, new bool[trueClusters.Length], 0);
        return (int)Math.Round(n - best);
    }

    private static (Dictionary<(int A, int B), double> Table, Dictionary<int, double> Rows, Dictionary<int, double> Columns, double N) Contingency(int[] a, int[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length != b.Length) throw new ArgumentException($"partitions of {a.Length} and {b.Length} items");
        if (a.Length == 0) throw new ArgumentException("empty partitions");
        var table = new Dictionary<(int, int), double>();
        var rows = new Dictionary<int, double>();
        var columns = new Dictionary<int, double>();
        for (var i = 0; i < a.Length; i++)
        {
            table[(a[i], b[i])] = table.GetValueOrDefault((a[i], b[i])) + 1;
            rows[a[i]] = rows.GetValueOrDefault(a[i]) + 1;
            columns[b[i]] = columns.GetValueOrDefault(b[i]) + 1;
        }
        return (table, rows, columns, a.Length);
    }
}
