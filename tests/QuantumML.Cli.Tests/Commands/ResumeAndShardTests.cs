using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Classification;

namespace QuantumML.Cli.Tests.Commands;

public sealed class ResumeAndShardTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-shards-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Spec()
    {
        var path = Path.Combine(_dir, "spec.json");
        // A sampled-mode VQC: its results depend on the seeded shot sampling, so equality is a real check.
        File.WriteAllText(path, """
            {
              "name": "shards",
              "dataset": { "source": "moons", "samples": 40 },
              "preprocessing": { "scale": [-1.5, 1.5] },
              "seeds": [1, 2],
              "models": [
                { "name": "vqc", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz",
                  "qubits": 2, "epochs": 1, "batch_size": 8, "execution": "sampled", "shots": 200 },
                { "name": "knn", "type": "knn", "k": 3 }
              ]
            }
            """);
        return path;
    }

    [Fact]
    public async Task AnInterruptedRunResumedEqualsAnUninterruptedOne()
    {
        var spec = Spec();
        var whole = Path.Combine(_dir, "whole");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--out", whole)).ExitCode);

        // An interrupted run leaves spec.json and the runs it finished, and no results.json.
        var partial = Path.Combine(_dir, "partial");
        Directory.CreateDirectory(Path.Combine(partial, RunStore.RunsFolder));
        File.Copy(Path.Combine(whole, RunStore.SpecFile), Path.Combine(partial, RunStore.SpecFile));
        foreach (var name in new[] { RunStore.FileName("vqc", 1), RunStore.FileName("knn", 2) })
            File.Copy(Path.Combine(whole, RunStore.RunsFolder, name), Path.Combine(partial, RunStore.RunsFolder, name));

        var resumed = await CliRunner.RunAsync("run", spec, "--resume", partial);

        Assert.Equal(ExitCodes.Success, resumed.ExitCode);
        Assert.Contains("2 run(s) to do", resumed.Err, StringComparison.Ordinal);
        Assert.Contains("2 already done", resumed.Err, StringComparison.Ordinal);
        SameRuns.Assert(whole, partial);
    }

    [Fact]
    public async Task ThreeShardsMergedEqualOneRun()
    {
        var spec = Spec();
        var whole = Path.Combine(_dir, "whole");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--out", whole, "--quiet")).ExitCode);
        var shards = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var folder = Path.Combine(_dir, $"shard{k}");
            Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--shard", $"{k}/3", "--out", folder, "--quiet")).ExitCode);
            shards.Add(folder);
        }
        Assert.Single(Directory.GetFiles(Path.Combine(shards[2], RunStore.RunsFolder))); // jobs 2 of 0..3

        var merged = Path.Combine(_dir, "merged");
        var outcome = await CliRunner.RunAsync(["merge", .. shards, "--out", merged]);

        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        SameRuns.Assert(whole, merged);
        Assert.True(File.Exists(Path.Combine(merged, ReportFileName)));
        // The shards' model files and test splits are merged too, and hold the models one run trains.
        foreach (var file in new[] { ModelWriter.ModelPath("vqc", 1), ModelWriter.ModelPath("knn", 2), ModelWriter.TestSplitPath(1), ModelWriter.TestSplitPath(2) })
            Assert.Equal(Saved(whole, file), Saved(merged, file));
    }

    /// <summary>A saved file without the time it was written.</summary>
    private static string Saved(string folder, string file) =>
        System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Path.Combine(folder, file)), "\"created_utc\": \"[^\"]*\"", "");

    [Fact]
    public async Task MergingIncompleteShardsFailsNamingWhatIsMissing()
    {
        var spec = Spec();
        var one = Path.Combine(_dir, "one");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--shard", "1/2", "--out", one, "--quiet")).ExitCode);
        var outcome = await CliRunner.RunAsync("merge", one, "--out", Path.Combine(_dir, "m"));
        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Contains("2 of 4 runs are missing", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergingShardFoldersNamesTheMissingShardItsLogAndHowToReRunIt()
    {
        var spec = Spec();
        var array = Path.Combine(_dir, "array");
        foreach (var k in new[] { 1, 3 })
        {
            var shard = Path.Combine(array, $"shard-{k}-of-3");
            Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--shard", $"{k}/3", "--out", shard, "--quiet")).ExitCode);
        }
        // What 'qml slurm' leaves beside the shards: the array script, and a log for each task that ran (%A_%a).
        Directory.CreateDirectory(Path.Combine(array, "logs"));
        File.WriteAllText(Path.Combine(array, "logs", "41_1.out"), "cancelled");
        File.WriteAllText(Path.Combine(array, "run.sbatch"), "");

        var outcome = await CliRunner.RunAsync("merge", Path.Combine(array, "shard-1-of-3"), Path.Combine(array, "shard-2-of-3"), Path.Combine(array, "shard-3-of-3"), "--out", Path.Combine(array, "merged"));

        Assert.Equal(ExitCodes.Failure, outcome.ExitCode);
        Assert.Contains("1 of 4 runs are missing, e.g. knn seed 1", outcome.Err, StringComparison.Ordinal);
        Assert.Contains($"shard 2 of 3: 1 of 1 run(s) missing; folder {Path.Combine(array, "shard-2-of-3")} was never created", outcome.Err, StringComparison.Ordinal);
        Assert.Contains($"log {Path.Combine(array, "logs", "41_1.out")}", outcome.Err, StringComparison.Ordinal);
        Assert.Contains($"re-run it alone: sbatch --array=1 {Path.Combine(array, "run.sbatch")}", outcome.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("shard 1 of 3", outcome.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(array, "merged")));
    }

    [Fact]
    public async Task AFolderWithRunsIsNotOverwrittenWithoutResume()
    {
        var spec = Spec();
        var folder = Path.Combine(_dir, "once");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--shard", "2/2", "--out", folder, "--quiet")).ExitCode);
        var before = File.ReadAllText(Path.Combine(folder, ResultsFile.FileName));

        var again = await CliRunner.RunAsync("run", spec, "--out", folder);

        Assert.Equal(ExitCodes.InvalidInput, again.ExitCode);
        Assert.Contains("already holds 2 finished run(s)", again.Err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(folder, ResultsFile.FileName)));
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("a/b")]
    public async Task ABadShardIsAUsageError(string shard)
    {
        var outcome = await CliRunner.RunAsync("run", Spec(), "--shard", shard);
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("--shard", outcome.Err, StringComparison.Ordinal);
    }

    private const string ReportFileName = "report.md";
}
