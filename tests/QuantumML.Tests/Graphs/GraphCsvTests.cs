using QuantumML.Data;
using QuantumML.Graphs;

namespace QuantumML.Tests.Graphs;

public sealed class GraphCsvTests
{
    [Fact]
    public void TheKarateClubHas34MembersIn2FactionsOf17And78Edges()
    {
        var graph = KarateClub.Graph;
        Assert.Equal(34, graph.NodeCount);
        Assert.Equal(78, graph.Edges.Count);
        Assert.Equal(78, graph.TotalWeight);
        Assert.Equal(["Mr_Hi", "Officer"], graph.LabelNames!);
        Assert.Equal(17, graph.Labels!.Count(l => l == 0));
        // The instructor (0) and the officer (33) lead the two factions and have the highest degrees.
        Assert.Equal(16, graph.Degrees[0]);
        Assert.Equal(17, graph.Degrees[33]);
        Assert.Equal(0, graph.Labels![0]);
        Assert.Equal(1, graph.Labels[33]);
    }

    [Fact]
    public void WeightsAreReadAndRepeatedEdgesAddUp()
    {
        var graph = GraphCsv.Parse("source,target,weight\n0,1,2.5\n\n1,2,1\n1,0,0.5\n", "w.csv");
        Assert.Equal(3, graph.NodeCount);
        Assert.Equal(2, graph.Edges.Count);
        Assert.Equal(3.0, graph.Edges[0].Weight);
        Assert.Equal([3.0, 4.0, 1.0], graph.Degrees);
        Assert.Null(graph.Labels);
    }

    [Theory]
    [InlineData("from,to\n0,1\n", "e.csv:1: the header must be 'source,target' or 'source,target,weight'")]
    [InlineData("source,target\n0,1\n1,x\n", "e.csv:3: column 'target': not a node id")]
    [InlineData("source,target\n0,1\n2,2\n", "e.csv:3: edge 2-2 is a self-loop")]
    [InlineData("source,target,weight\n0,1,-1\n", "e.csv:2: column 'weight': not a positive number")]
    [InlineData("source,target\n0,1,4\n", "e.csv:2: expected 2 fields, found 3")]
    [InlineData("source,target\n", "e.csv:1: the file has a header but no edges")]
    public void ABrokenEdgeFileIsNamedWithItsLine(string text, string expected)
    {
        var e = Assert.Throws<DataFormatException>(() => GraphCsv.Parse(text, "e.csv"));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("node,label\n0,a\n0,b\n", "n.csv:3: column 'node': node 0 is listed twice (also on line 2)")]
    [InlineData("node,label\n0,a\n2,b\n", "n.csv: nodes must be 0..2; missing 1")]
    [InlineData("id,label\n0,a\n", "n.csv:1: the header must be 'node,label'")]
    public void ABrokenNodeFileIsNamed(string text, string expected)
    {
        var e = Assert.Throws<DataFormatException>(() => GraphCsv.ParseLabels(text, "n.csv"));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEdgeBeyondTheNodeFileIsRefused()
    {
        var labels = GraphCsv.ParseLabels("node,label\n0,a\n1,b\n", "n.csv");
        var e = Assert.Throws<DataFormatException>(() => GraphCsv.Parse("source,target\n0,1\n1,2\n", "e.csv", labels));
        Assert.Contains("node 2 has an edge but the node file lists only nodes 0..1", e.Message, StringComparison.Ordinal);
    }
}
