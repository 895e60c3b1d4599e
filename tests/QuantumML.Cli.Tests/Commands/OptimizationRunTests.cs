using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Optimization;

namespace QuantumML.Cli.Tests.Commands;

public sealed class OptimizationRunTests : IDisposable
{
    private readonly TempFolder _folder = new("qml-opt-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text) => _folder.Write(name, text);

    [Fact]
    public async Task SolversAndQaoaRunOnTheSameGraphAgainstTheExactOptimum()
    {
        var spec = Write("opt.json", """
            {
              "name": "opt-tiny",
              "task": "optimization",
              "problems": [ { "generate": "regular", "degree": 3, "nodes": 8, "seed": 3 } ],
              "seeds": [1],
              "solvers": [
                { "type": "simulated-annealing", "seconds": 0.2, "threads": 1 },
                { "type": "tabu", "seconds": 0.2, "threads": 1 },
                { "type": "brute-force", "threads": 1 },
                { "type": "qaoa", "layers": 2, "iterations": 40 }
              ]
            }
            """);
        var outDir = Path.Combine(_folder.Path, "out");
        var outcome = await CliRunner.RunAsync("run", spec, "--out", outDir, "--quiet");
        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        var runs = ResultsFile.Read(Path.Combine(outDir, ResultsFile.FileName)).Runs;
        Assert.Equal(4, runs.Count);
        var optimum = runs[0].Metrics[OptimizationMetrics.Reference];
        Assert.Equal(1, runs[0].Metrics[OptimizationMetrics.ReferenceIsExact]);
        // No cut exceeds the exhaustive optimum; exhaustive search and the heuristics reach it on 8 vertices.
        Assert.All(runs, r => Assert.True(r.Metrics[OptimizationMetrics.Value] <= optimum + 1e-9));
        Assert.All(runs.Take(3), r => Assert.Equal(optimum, r.Metrics[OptimizationMetrics.Value]));
        var qaoa = runs[3];
        Assert.Equal("quantum", qaoa.Kind);
        Assert.True(qaoa.Metrics["qaoa_ratio_p1"] >= 0.69, $"p=1 ratio {qaoa.Metrics["qaoa_ratio_p1"]}");
        Assert.True(qaoa.Metrics["qaoa_ratio_p2"] >= qaoa.Metrics["qaoa_ratio_p1"] - 1e-6);
        Assert.True(qaoa.Metrics["qaoa_ratio_p2"] <= 1 + 1e-9);
        var report = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("## QAOA", report, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(outDir, "plots", "qaoa-ratios.png")).Length > 1000);
    }

    [Fact]
    public async Task ABrokenInstanceFileIsNamedWithItsLine()
    {
        Write("bad.txt", "3 2\n1 2 1\n2 x 1\n");
        var spec = Write("bad.json", """
            { "name": "bad", "task": "optimization", "problems": [ { "path": "bad.txt", "format": "gset" } ],
              "solvers": [ { "type": "greedy" } ] }
            """);
        var outcome = await CliRunner.RunAsync("run", spec, "--out", Path.Combine(_folder.Path, "badout"));
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("$.problems[0]", outcome.Err, StringComparison.Ordinal);
        Assert.Contains("bad.txt:3", outcome.Err, StringComparison.Ordinal);
    }
}
