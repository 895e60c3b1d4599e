using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Graph;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Specs;

public sealed class GraphSpecLoaderTests
{
    private const string Valid = """
        {
          "name": "communities",
          "task": "graph",
          "graphs": [ { "generate": "sbm", "sizes": [10, 10], "mean_degree": 4, "ratio": [1, 3], "seed": 2 } ],
          "seeds": [1, 2],
          "methods": [
            { "type": "spectral" },
            { "name": "gcn", "type": "gcn", "labelled_per_class": 2, "epochs": 50 },
            { "name": "sa", "type": "simulated-annealing", "sweeps": 100, "threads": 1 },
            { "name": "q", "type": "qaoa", "layers": 2, "coarsen_to": 8 },
            { "name": "cut", "type": "tabu", "objective": "balanced-min-cut", "penalty": 0.5 }
          ]
        }
        """;

    [Fact]
    public void ExpandsTheRatioSweepAndNamesJobsByMethodAndGraph()
    {
        var spec = Assert.IsType<GraphSpec>(TaskSpecLoader.Parse(Valid, "g.json"));
        Assert.Equal("graph", spec.Task);
        Assert.Equal(["spectral@sbm-r1", "gcn@sbm-r1", "sa@sbm-r1", "q@sbm-r1", "cut@sbm-r1", "spectral@sbm-r3", "gcn@sbm-r3", "sa@sbm-r3", "q@sbm-r3", "cut@sbm-r3"], spec.JobNames);
        var sweep = spec.Graphs[1];
        Assert.Equal(3, sweep.PIn / sweep.POut, 12);
        Assert.Equal(20, sweep.GeneratedNodes);
        Assert.Equal(50, spec.Methods[1].Gcn!.Epochs);
        Assert.Equal(8, spec.Methods[3].CoarsenTo);
        Assert.Equal(2, spec.Methods[3].Solver!.Qaoa!.Layers);
        Assert.Equal("balanced-min-cut", spec.Methods[4].Objective);
        Assert.True(spec.UsesQSharp);
    }

    [Theory]
    [InlineData("\"type\": \"spectral\"", "\"type\": \"louvain\"", "$.methods[0].type is 'louvain'; allowed: spectral, gcn, simulated-annealing")]
    [InlineData("\"epochs\": 50", "\"epochs\": 50, \"labelled_nodes\": [1]", "$.methods[1]: give either labelled_nodes or labelled_per_class")]
    [InlineData("\"epochs\": 50", "\"epochs\": 50, \"dropout\": 1.5", "$.methods[1].dropout is 1.5; it must be in [0, 0.99]")]
    [InlineData("\"penalty\": 0.5", "\"penalty\": 0.5, \"sweeps\": 5, \"temperature\": 1", "$.methods[4].temperature is not a known field here")]
    [InlineData("\"objective\": \"balanced-min-cut\", ", "", "$.methods[4].penalty applies to \"objective\": \"balanced-min-cut\" only")]
    [InlineData("\"coarsen_to\": 8", "\"coarsen_to\": 8, \"seconds\": 1", "qaoa runs its optimizer to convergence")]
    [InlineData("\"ratio\": [1, 3]", "\"ratio\": [0.5, 3]", "$.graphs[0].ratio must be p_in/p_out values ≥ 1")]
    [InlineData("\"ratio\": [1, 3]", "\"ratio\": 3, \"p_in\": 0.2", "$.graphs[0]: give either p_in and p_out, or mean_degree and ratio")]
    [InlineData("\"mean_degree\": 4", "\"mean_degree\": 40", "$.graphs[0]: mean degree 40 at ratio 1 needs p_in = 2.105 > 1")]
    [InlineData("\"seed\": 2 }", "\"seed\": 2, \"name\": \"g\" }", "$.graphs[0].name names one graph; this entry makes 2")]
    [InlineData("\"sizes\": [10, 10], ", "", "$.graphs[0].sizes is required")]
    [InlineData("{ \"type\": \"spectral\" },", "{ \"type\": \"spectral\", \"name\": \"sa\" },", "$.methods[2].name 'sa' is used twice")]
    public void AMistakeIsNamedByItsJsonPath(string from, string to, string expected)
    {
        var text = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, text);
        var e = Assert.Throws<SpecException>(() => TaskSpecLoader.Parse(text, "g.json"));
        Assert.StartsWith("g.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGcnNeedsLabelsAndMissingFilesAreNamed()
    {
        var dir = Directory.CreateTempSubdirectory("qml-graph-spec-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "e.csv"), "source,target\n0,1\n");
            var spec = Path.Combine(dir, "g.json");
            var e = Assert.Throws<SpecException>(() => TaskSpecLoader.Parse("""
                { "name": "g", "task": "graph", "graphs": [ { "edges": "e.csv" } ], "methods": [ { "type": "gcn" } ] }
                """, spec));
            Assert.Contains("$.methods[0]: gcn learns from labelled nodes, but graph 'e' has no \"labels\" file", e.Message, StringComparison.Ordinal);
            e = Assert.Throws<SpecException>(() => TaskSpecLoader.Parse("""
                { "name": "g", "task": "graph", "graphs": [ { "edges": "e.csv", "labels": "n.csv" } ], "methods": [ { "type": "spectral" } ] }
                """, spec));
            Assert.Contains($"$.graphs[0].labels: no such file {Path.Combine(dir, "n.csv")}", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
