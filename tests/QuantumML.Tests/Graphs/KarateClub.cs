using QuantumML.Graphs;

namespace QuantumML.Tests.Graphs;

/// <summary>Zachary's karate club from experiments/data, with the faction of every member as its label.</summary>
internal static class KarateClub
{
    private static readonly Lazy<Graph> LazyGraph = new(() => GraphCsv.Load(RepositoryData.PathOf("karate_club_edges.csv"), RepositoryData.PathOf("karate_club_nodes.csv")));

    public static Graph Graph => LazyGraph.Value;
}
