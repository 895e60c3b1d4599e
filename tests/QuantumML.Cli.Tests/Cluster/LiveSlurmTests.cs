using QuantumML.Cli.Cluster;
using Xunit.Abstractions;

namespace QuantumML.Cli.Tests.Cluster;

/// <summary>Shards as a Slurm job array on a live cluster (<c>.ci/slurm-up</c>), against one single-process run.
/// Skipped, with the reason, where no cluster answers; <c>.ci/run</c> starts one and requires these to run.</summary>
/// <remarks>One class, so the two cases run one after the other and do not share the node's CPUs.</remarks>
public sealed class LiveSlurmTests(ITestOutputHelper output) : IDisposable
{
    // Each case needs well under a minute on 2 busy cores; the bound only turns a stuck job into a failure with the queue shown.
    private static readonly TimeSpan s_jobTimeout = TimeSpan.FromMinutes(3);

    private readonly string _dir = Directory.CreateTempSubdirectory("qml-slurm-live-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public async Task AThreeTaskArrayAndItsMergeJobEqualOneSingleProcessRun()
    {
        var (spec, layout, array, merge) = await SubmitAsync();

        // The single-process reference runs while the cluster works.
        var whole = Path.Combine(_dir, "whole");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--out", whole, "--quiet")).ExitCode);

        var mergeState = SlurmCluster.WaitForEnd(merge, s_jobTimeout);
        var tasks = SlurmCluster.WaitForEnd(array, s_jobTimeout);
        output.WriteLine($"array job {array}: {string.Join(", ", tasks.Select(t => $"task {t.Key} {t.Value}"))}; merge job {merge}: {mergeState[""]}");
        Assert.Equal(["0", "1", "2"], tasks.Keys.Order());
        Assert.All(tasks.Values, s => Assert.Equal("COMPLETED", s));
        Assert.True(mergeState[""] == "COMPLETED", $"merge job {merge} ended {mergeState[""]}: {Log(layout, $"merge_{merge}.out")}");
        SameRuns.Assert(whole, layout.MergedFolder);
        Assert.True(File.Exists(Path.Combine(layout.MergedFolder, "report.md")));
    }

    [SkippableFact]
    public async Task ACancelledShardIsNamedByMergeThenReRunAloneAndMergedIdentically()
    {
        var (spec, layout, array, merge) = await SubmitAsync();

        // Task 2 (shard 3 of 3): on a 2-CPU node it waits for a CPU; elsewhere it is still starting dotnet. Either way it
        // has not finished, so the cancel leaves shard 3 incomplete.
        SlurmCluster.Cancel($"{array}_2");
        var tasks = SlurmCluster.WaitForEnd(array, s_jobTimeout);
        // A task cancelled while pending leaves the array without a record; one cancelled while running ends CANCELLED.
        Assert.Equal("CANCELLED", tasks.GetValueOrDefault("2", "CANCELLED"));
        Assert.Equal("COMPLETED", tasks["0"]);
        Assert.Equal("COMPLETED", tasks["1"]);
        // afterok can no longer be met: the merge job is ended (--kill-on-invalid-dep), not run on an incomplete set.
        Assert.NotEqual("COMPLETED", SlurmCluster.WaitForEnd(merge, s_jobTimeout)[""]);

        // The merge job's own command, by hand: it refuses and names the missing shard.
        var refused = await CliRunner.RunAsync(["merge", .. layout.ShardFolders, "--out", layout.MergedFolder]);
        output.WriteLine(refused.Err);
        Assert.Equal(ExitCodes.Failure, refused.ExitCode);
        Assert.Contains("shard 3 of 3: ", refused.Err, StringComparison.Ordinal);
        Assert.Contains($"re-run it alone: sbatch --array=2 {layout.RunScript}", refused.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("shard 1 of 3", refused.Err, StringComparison.Ordinal);

        var submitter = SlurmSubmitter.Locate();
        var rerun = submitter.Submit(layout.RunScript, "--array=2");
        Assert.Equal("COMPLETED", SlurmCluster.WaitForEnd(rerun, s_jobTimeout)["2"]);
        var merge2 = submitter.Submit(layout.MergeScript);
        var whole = Path.Combine(_dir, "whole");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--out", whole, "--quiet")).ExitCode);
        var mergeState = SlurmCluster.WaitForEnd(merge2, s_jobTimeout)[""];
        output.WriteLine($"array job {array} task 2 cancelled; re-run as job {rerun}; merge job {merge2}: {mergeState}");
        Assert.True(mergeState == "COMPLETED", $"merge job {merge2} ended {mergeState}: {Log(layout, $"merge_{merge2}.out")}");
        SameRuns.Assert(whole, layout.MergedFolder);
    }

    /// <summary>Skips without a cluster; else <c>qml slurm SPEC --tasks 3 --submit</c> of the small spec, as a user would.</summary>
    private async Task<(string Spec, SlurmLayout Layout, long Array, long Merge)> SubmitAsync()
    {
        SlurmCluster.SkipUnlessUp();
        var spec = ClusterSpecs.Small(_dir);
        var layout = new SlurmLayout(Path.Combine(_dir, "array"), 3);
        var submitted = await CliRunner.RunAsync("slurm", spec, "--tasks", "3", "--out", layout.Folder, "--time", "00:10:00", "--submit");
        Assert.True(submitted.ExitCode == ExitCodes.Success, submitted.Err);
        output.WriteLine(submitted.Out);
        var (array, merge) = SlurmCluster.SubmittedJobs(submitted.Out);
        return (spec, layout, array, merge);
    }

    private static string Log(SlurmLayout layout, string name)
    {
        var path = Path.Combine(layout.LogsFolder, name);
        return File.Exists(path) ? File.ReadAllText(path) : $"(no {path})";
    }
}
