namespace QuantumML.Graphs;

/// <summary>Helpers for partitions given as one community number per node.</summary>
public static class Partitions
{
    /// <summary>The same partition with communities renumbered 0, 1, … in order of first appearance.</summary>
    public static int[] Canonical(int[] communities)
    {
        ArgumentNullException.ThrowIfNull(communities);
        var map = new Dictionary<int, int>();
        return [.. communities.Select(a => map.TryGetValue(a, out var c) ? c : map[a] = map.Count)];
    }
}
