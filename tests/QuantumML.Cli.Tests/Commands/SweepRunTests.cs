using QuantumML.Experiments.Results;

namespace QuantumML.Cli.Tests.Commands;

public sealed class SweepRunTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-sweep-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Spec(string sweep = """ "grid": { "k": [1, 3, 5] }, "cv": { "folds": 3 } """)
    {
        var path = Path.Combine(_dir, "sweep.json");
        File.WriteAllText(path, $$"""
            {
              "name": "sweep-tiny",
              "dataset": { "source": "moons", "samples": 60, "noise": 0.3 },
              "seeds": [1, 2],
              "models": [ { "name": "knn", "type": "knn", {{sweep}} }, { "name": "lr", "type": "logistic-regression" } ]
            }
            """);
        return path;
    }

    private static string[] CvRows(string folder) =>
        File.ReadAllLines(Path.Combine(folder, "report.md")).Where(l => l.StartsWith("| knn[", StringComparison.Ordinal) || l.StartsWith("| 1 | knn", StringComparison.Ordinal) || l.StartsWith("| 2 | knn", StringComparison.Ordinal)).ToArray();

    [Fact]
    public async Task ASweepShardsAndMergesLikeAnyOtherJobs()
    {
        var spec = Spec();
        var whole = Path.Combine(_dir, "whole");
        var run = await CliRunner.RunAsync("run", spec, "--out", whole, "--quiet");
        Assert.True(run.ExitCode == ExitCodes.Success, run.Err);
        Assert.Contains("knn: grid search, 3-fold CV on the training split; selected per seed by CV mean, never by test", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"seed 1: selected knn\[k=[135]\] \(cv 0\.\d{3}, test 0\.\d{3}\)", run.Out);
        Assert.Equal(8, ResultsFile.Read(Path.Combine(whole, ResultsFile.FileName)).Runs.Count);

        var shards = new List<string>();
        for (var k = 1; k <= 2; k++)
        {
            var folder = Path.Combine(_dir, $"shard{k}");
            Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--shard", $"{k}/2", "--out", folder, "--quiet")).ExitCode);
            shards.Add(folder);
        }
        // Shard 1 holds jobs 0, 2, 4, 6: knn[k=1] and knn[k=5] of each seed, and says its selection is partial.
        Assert.Contains("- seed 1: only 2 of 3 candidates are in these results", File.ReadAllText(Path.Combine(shards[0], "report.md")), StringComparison.Ordinal);

        var merged = Path.Combine(_dir, "merged");
        var outcome = await CliRunner.RunAsync(["merge", .. shards, "--out", merged]);

        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        SameRuns.Assert(whole, merged);
        Assert.Equal(5, CvRows(whole).Length); // three candidates, and the selection of each seed
        Assert.Equal(CvRows(whole), CvRows(merged));
        Assert.DoesNotContain("candidates are in these results", File.ReadAllText(Path.Combine(merged, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownHyperParameterIsASpecErrorNamingTheField()
    {
        var outcome = await CliRunner.RunAsync("run", Spec(""" "grid": { "kk": [1, 3] } """), "--out", Path.Combine(_dir, "x"));

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("$.models[0].grid.kk is not a hyper-parameter of a knn; allowed: k", outcome.Err, StringComparison.Ordinal);
    }
}
