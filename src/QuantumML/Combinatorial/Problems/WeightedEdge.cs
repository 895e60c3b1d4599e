namespace QuantumML.Combinatorial.Problems;

/// <summary>An undirected edge of a <see cref="MaxCutGraph"/> between vertices <paramref name="U"/> and <paramref name="V"/> (0-based).</summary>
/// <param name="U">One end.</param>
/// <param name="V">The other end.</param>
/// <param name="Weight">The weight counted when the edge is cut (may be negative).</param>
public readonly record struct WeightedEdge(int U, int V, double Weight);
