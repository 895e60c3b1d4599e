using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Graph;
using QuantumML.Experiments.Tasks.Optimization;

namespace QuantumML.Cli.Tests.Commands;

public sealed class GraphRunTests : IDisposable
{
    private readonly TempFolder _folder = new("qml-graph-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text) => _folder.Write(name, text);

    [Fact]
    public async Task EveryMethodRunsOnAPlantedPartitionAndTheReportDrawsIt()
    {
        var spec = Write("g.json", """
            {
              "name": "graph-tiny",
              "task": "graph",
              "graphs": [ { "name": "sbm", "generate": "sbm", "sizes": [7, 7], "p_in": 0.8, "p_out": 0.05, "seed": 3 } ],
              "seeds": [1, 2],
              "methods": [
                { "type": "spectral" },
                { "type": "gcn", "labelled_per_class": 1, "epochs": 60 },
                { "type": "tabu", "threads": 1 },
                { "name": "exact", "type": "brute-force", "threads": 1 },
                { "name": "qaoa", "type": "qaoa", "coarsen_to": 6, "layers": 1, "iterations": 20 }
              ]
            }
            """);
        var outDir = Path.Combine(_folder.Path, "out");
        var outcome = await CliRunner.RunAsync("run", spec, "--out", outDir, "--quiet");
        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        var runs = ResultsFile.Read(Path.Combine(outDir, ResultsFile.FileName)).Runs;
        Assert.Equal(10, runs.Count);
        // A dense planted partition: spectral clustering and exhaustive modularity search find it exactly.
        Assert.All(runs.Where(r => r.Group is "spectral" or "exact"), r => Assert.Equal(1.0, r.Metrics[GraphMetrics.Ari], 9));
        var exact = runs.Where(r => r.Group == "exact").ToDictionary(r => r.Seed);
        Assert.All(runs.Where(r => r.Group == "tabu"), r => Assert.Equal(exact[r.Seed].Metrics[GraphMetrics.Modularity], r.Metrics[GraphMetrics.Modularity], 9));
        // QAOA's split of the coarsened graph is no better than the exhaustive optimum of that same problem.
        Assert.All(runs.Where(r => r.Group == "qaoa"), r =>
        {
            Assert.Equal("quantum", r.Kind);
            Assert.Equal(6, r.Metrics[OptimizationMetrics.Variables]);
            Assert.True(r.Metrics[GraphMetrics.Modularity] <= r.Metrics[GraphMetrics.OptimumModularity] + 1e-9);
            Assert.InRange(r.Metrics["qaoa_ratio_p1"], 0, 1 + 1e-9);
        });
        var gcn = runs.Where(r => r.Group == "gcn").ToList();
        Assert.All(gcn, r => Assert.Equal(60, r.Epochs.Count));
        Assert.All(gcn, r => Assert.Equal(2, r.Communities!.LabelledNodes.Length));
        Assert.NotNull(runs[0].Communities!.Graph);
        Assert.Null(runs.Single(r => r.Group == "spectral" && r.Seed == 2).Communities!.Graph);

        var report = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("## Node classification (GCN)", report, StringComparison.Ordinal);
        Assert.Contains("## Community detection as a QUBO", report, StringComparison.Ordinal);
        foreach (var png in new[] { "communities-sbm.png", "gcn-sbm.png", "spectrum.png" })
            Assert.True(new FileInfo(Path.Combine(outDir, "plots", png)).Length > 1000, png);
    }

    [Fact]
    public async Task ABrokenGraphFileIsNamedWithItsLine()
    {
        Write("e.csv", "source,target\n0,1\n1,two\n");
        Write("n.csv", "node,label\n0,a\n1,b\n2,a\n");
        var spec = Write("bad.json", """
            { "name": "bad", "task": "graph", "graphs": [ { "edges": "e.csv", "labels": "n.csv" } ], "methods": [ { "type": "spectral" } ] }
            """);
        var outcome = await CliRunner.RunAsync("run", spec, "--out", Path.Combine(_folder.Path, "badout"));
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("$.graphs[0]: e.csv:3: column 'target': not a node id", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALabelledNodeOutsideTheGraphIsNamedByItsField()
    {
        Write("e.csv", "source,target\n0,1\n1,2\n");
        Write("n.csv", "node,label\n0,a\n1,b\n2,a\n");
        var spec = Write("far.json", """
            { "name": "far", "task": "graph", "graphs": [ { "edges": "e.csv", "labels": "n.csv" } ], "methods": [ { "type": "gcn", "labelled_nodes": [0, 7] } ] }
            """);
        var outcome = await CliRunner.RunAsync("run", spec, "--out", Path.Combine(_folder.Path, "farout"));
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("$.methods[0].labelled_nodes: node 7 does not exist on graph 'e' (3 nodes)", outcome.Err, StringComparison.Ordinal);
    }
}
