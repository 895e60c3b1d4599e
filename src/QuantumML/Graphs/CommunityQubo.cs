using QuantumML.Combinatorial.Problems;

namespace QuantumML.Graphs;

/// <summary>Splitting a graph into two communities as an Ising problem (one spin per node, or per group of nodes that
/// stay together), so that the combinatorial solvers and QAOA can minimize it.</summary>
/// <remarks>With <c>groups</c>, group a's spin decides all its nodes; the energy is then exactly that of the lifted
/// node partition, which is what lets QAOA work on a coarsened graph small enough to simulate.</remarks>
public static class CommunityQubo
{
    /// <summary>E(s) = −Q: minus the modularity of the two-community partition s.</summary>
    /// <remarks>With δ(c_i, c_j) = (1 + s_i s_j)/2 and Σ_ij B_ij = 0, Q = (1/4m) Σ_ab C_ab s_a s_b, C_ab = Σ_{i∈a, j∈b} B_ij;
    /// so J_ab = −C_ab / 2m for a &lt; b and the offset is −Σ_a C_aa / 4m (M. E. J. Newman, PNAS 103(23), 2006, eq. 3).</remarks>
    /// <param name="graph">A graph with at least one edge.</param>
    /// <param name="groups">Each node's group 0..G-1 (every group used), or null for one spin per node.</param>
    public static IsingModel Modularity(Graph graph, int[]? groups = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph.TotalWeight == 0) throw new ArgumentException("modularity needs at least one edge", nameof(graph));
        var g = CheckGroups(graph, groups);
        var count = g.Max() + 1;
        var b = Graphs.Modularity.Matrix(graph);
        var c = new double[count, count];
        for (var i = 0; i < graph.NodeCount; i++)
            for (var j = 0; j < graph.NodeCount; j++) c[g[i], g[j]] += b[i, j];
        var twoM = 2 * graph.TotalWeight;
        var couplings = new List<Coupling>();
        var offset = 0.0;
        for (var x = 0; x < count; x++)
        {
            offset -= c[x, x] / (2 * twoM);
            for (var y = x + 1; y < count; y++) couplings.Add(new Coupling(x, y, -c[x, y] / twoM));
        }
        return IsingModel.Create(count, couplings, offset: offset);
    }

    /// <summary>E(s) = cut(s) + λ (Σ_i s_i)²: the weight of cut edges plus a penalty on unequal sides.</summary>
    /// <remarks>(Σ_i s_i)² = Σ_a n_a² + 2 Σ_{a&lt;b} n_a n_b s_a s_b with n_a the size of group a, so J_ab = −W_ab/2 + 2λ n_a n_b
    /// and the offset is Σ W_ab/2 + λ Σ n_a². A. Lucas, "Ising formulations of many NP problems", Front. Phys. 2, 5 (2014), §2.2.</remarks>
    /// <param name="graph">The graph.</param>
    /// <param name="penalty">λ; range ≥ 0; see <see cref="DefaultPenalty"/>.</param>
    /// <param name="groups">Each node's group, or null.</param>
    public static IsingModel BalancedMinCut(Graph graph, double penalty, int[]? groups = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!(penalty >= 0 && double.IsFinite(penalty))) throw new ArgumentOutOfRangeException(nameof(penalty), penalty, "must be a finite number ≥ 0");
        var g = CheckGroups(graph, groups);
        var count = g.Max() + 1;
        var sizes = new double[count];
        foreach (var x in g) sizes[x]++;
        var couplings = new List<Coupling>();
        var offset = penalty * sizes.Sum(n => n * n);
        foreach (var e in graph.Edges)
        {
            if (g[e.U] == g[e.V]) continue; // an edge inside a group is never cut
            couplings.Add(new Coupling(g[e.U], g[e.V], -e.Weight / 2));
            offset += e.Weight / 2;
        }
        for (var x = 0; x < count; x++)
            for (var y = x + 1; y < count; y++) couplings.Add(new Coupling(x, y, 2 * penalty * sizes[x] * sizes[y]));
        return IsingModel.Create(count, couplings, offset: offset);
    }

    /// <summary>λ = (largest weighted degree)/4: moving t nodes off a bisection saves at most t·d_max of cut but costs
    /// at least 4λt² ≥ t·d_max, so (one spin per node) a minimum-energy state is a bisection.</summary>
    public static double DefaultPenalty(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Degrees.Max() / 4;
    }

    /// <summary>Each node's community (0 or 1) from the spins of its group (or its own spin when <paramref name="groups"/> is null).</summary>
    public static int[] Lift(ReadOnlySpan<sbyte> spins, int[]? groups, int nodeCount)
    {
        var communities = new int[nodeCount];
        for (var i = 0; i < nodeCount; i++) communities[i] = spins[groups?[i] ?? i] > 0 ? 0 : 1;
        return communities;
    }

    private static int[] CheckGroups(Graph graph, int[]? groups)
    {
        if (groups is null) return [.. Enumerable.Range(0, graph.NodeCount)];
        if (groups.Length != graph.NodeCount) throw new ArgumentException($"expected {graph.NodeCount} groups, got {groups.Length}", nameof(groups));
        var count = groups.Max() + 1;
        if (groups.Any(x => x < 0) || groups.Distinct().Count() != count) throw new ArgumentException("groups must be numbered 0..G-1, each used", nameof(groups));
        return groups;
    }
}
