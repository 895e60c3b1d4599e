namespace QuantumML.Graphs;

/// <summary>Groups a graph's nodes into at most a target number of super-nodes, by rounds of matching that merge
/// adjacent groups with the largest modularity gain first, so that a problem on the groups fits a small register.</summary>
/// <remarks>Written by hand (no .NET graph library here). Merging groups a and b changes the modularity of the
/// all-singletons partition by ΔQ = W_ab/m − D_a D_b / 2m² (A. Clauset, M. E. J. Newman, C. Moore, "Finding community
/// structure in very large networks", Phys. Rev. E 70, 066111, 2004); each round merges disjoint pairs in decreasing ΔQ,
/// as multilevel partitioners' matching does, which keeps group sizes even. Deterministic: ties go to lower indices.</remarks>
public static class GraphCoarsening
{
    /// <summary>Each node's group 0..G-1 with G ≤ <paramref name="target"/>, or more when no edge joins the remaining
    /// groups (a graph of more than <paramref name="target"/> components).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="target">The most groups wanted; range ≥ 1.</param>
    public static int[] Coarsen(Graph graph, int target)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(target, 1);
        var groups = Enumerable.Range(0, graph.NodeCount).ToArray();
        var count = graph.NodeCount;
        var m = graph.TotalWeight;
        while (count > target)
        {
            var between = new Dictionary<(int, int), double>();
            foreach (var e in graph.Edges)
            {
                var (a, b) = (groups[e.U], groups[e.V]);
                if (a == b) continue;
                var key = a < b ? (a, b) : (b, a);
                between[key] = between.GetValueOrDefault(key) + e.Weight;
            }
            if (between.Count == 0) break;
            var degree = new double[count];
            for (var i = 0; i < graph.NodeCount; i++) degree[groups[i]] += graph.Degrees[i];
            var candidates = between
                .Select(p => (A: p.Key.Item1, B: p.Key.Item2, Gain: p.Value / m - degree[p.Key.Item1] * degree[p.Key.Item2] / (2 * m * m)))
                .OrderByDescending(p => p.Gain).ThenBy(p => p.A).ThenBy(p => p.B);
            var into = Enumerable.Range(0, count).ToArray();
            var matched = new bool[count];
            var merges = 0;
            foreach (var (a, b, _) in candidates)
            {
                if (count - merges <= target) break;
                if (matched[a] || matched[b]) continue;
                matched[a] = matched[b] = true;
                into[b] = a;
                merges++;
            }
            groups = Partitions.Canonical([.. groups.Select(x => into[x])]);
            count -= merges;
        }
        return groups;
    }
}
