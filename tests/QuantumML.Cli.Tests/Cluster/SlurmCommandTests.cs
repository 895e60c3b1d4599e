using System.Diagnostics;
using QuantumML.Cli.Cluster;

namespace QuantumML.Cli.Tests.Cluster;

public sealed class SlurmCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-slurm-scripts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task WritesAJobArrayAndAMergeJobThatCallThisBuildByAbsolutePath()
    {
        var spec = ClusterSpecs.Small(_dir);
        var folder = Path.Combine(_dir, "array");

        var outcome = await CliRunner.RunAsync("slurm", spec, "--tasks", "3", "--out", folder, "--cpus", "2", "--time", "00:30:00", "--partition", "short");

        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        Assert.Contains("12 (job, seed) runs in 3 shard(s)", outcome.Out, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(folder, "logs")), "Slurm does not create the logs folder itself");
        var qml = Path.Combine(AppContext.BaseDirectory, "qml.dll");
        var run = File.ReadAllText(Path.Combine(folder, "run.sbatch"));
        Assert.StartsWith("#!/bin/bash\n", run, StringComparison.Ordinal);
        foreach (var line in new[]
                 {
                     "#SBATCH --array=0-2", $"#SBATCH --output={folder}/logs/%A_%a.out", "#SBATCH --cpus-per-task=2",
                     "#SBATCH --time=00:30:00", "#SBATCH --partition=short", $"cd {_dir}", "shard=$((SLURM_ARRAY_TASK_ID + 1))",
                     $"folder={folder}/shard-$shard-of-3",
                 })
        {
            Assert.Contains(line + "\n", run, StringComparison.Ordinal);
        }
        Assert.Contains($"{qml} run {spec} --shard \"$shard/3\" --parallel 2 --out \"$folder\"", run, StringComparison.Ordinal);
        Assert.Contains("--resume \"$folder\"", run, StringComparison.Ordinal);
        Assert.Matches("exec /\\S*dotnet ", run);

        var merge = File.ReadAllText(Path.Combine(folder, "merge.sbatch"));
        Assert.Contains("#SBATCH --kill-on-invalid-dep=yes\n", merge, StringComparison.Ordinal);
        Assert.Contains($"#SBATCH --output={folder}/logs/merge_%j.out\n", merge, StringComparison.Ordinal);
        Assert.Contains($"{qml} merge \\", merge, StringComparison.Ordinal);
        for (var k = 1; k <= 3; k++) Assert.Contains($"{folder}/shard-{k}-of-3", merge, StringComparison.Ordinal);
        Assert.Contains($"--out {folder}/merged", merge, StringComparison.Ordinal);

        // Directives must all come before the first command, or sbatch ignores the rest.
        var firstCommand = run.Split('\n').ToList().FindIndex(l => l.Length > 0 && !l.StartsWith('#'));
        Assert.True(run.Split('\n').Skip(firstCommand).All(l => !l.StartsWith("#SBATCH", StringComparison.Ordinal)));
        AssertBashSyntax(Path.Combine(folder, "run.sbatch"));
        AssertBashSyntax(Path.Combine(folder, "merge.sbatch"));
    }

    [Theory]
    [InlineData("--tasks", "0", "--tasks must be at least 1")]
    [InlineData("--tasks", "13", "--tasks 13 is more than the 12 (job, seed) runs")]
    [InlineData("--time", "2 hours", "--time '2 hours' is not a Slurm time limit")]
    [InlineData("--partition", "a b", "--partition 'a b' is not a partition name")]
    [InlineData("--cpus", "0", "--cpus must be at least 1")]
    public async Task BadOptionsAreUsageErrorsNamingTheOption(string option, string value, string message)
    {
        var spec = ClusterSpecs.Small(_dir);
        string[] args = option == "--tasks" ? ["slurm", spec, option, value] : ["slurm", spec, "--tasks", "3", option, value];

        var outcome = await CliRunner.RunAsync(args);

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains(message, outcome.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(_dir));
    }

    [Fact]
    public async Task AnInvalidSpecIsRefusedBeforeAnythingIsWritten()
    {
        var spec = Path.Combine(_dir, "bad.json");
        File.WriteAllText(spec, """{ "name": "bad", "dataset": { "source": "moons" }, "seeds": [1], "models": [ { "name": "m", "type": "nope" } ] }""");

        var outcome = await CliRunner.RunAsync("slurm", spec, "--tasks", "1", "--out", Path.Combine(_dir, "out"));

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("bad.json: $.models[0].type is 'nope'", outcome.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }

    [Fact]
    public async Task AFolderThatAlreadyHoldsShardResultsIsNotOverwritten()
    {
        var spec = ClusterSpecs.Small(_dir);
        var folder = Path.Combine(_dir, "array");
        Directory.CreateDirectory(Path.Combine(folder, "shard-2-of-3"));
        File.WriteAllText(Path.Combine(folder, "shard-2-of-3", "spec.json"), "{}");

        var outcome = await CliRunner.RunAsync("slurm", spec, "--tasks", "3", "--out", folder);

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("already holds shard results", outcome.Err, StringComparison.Ordinal);
        Assert.Contains($"sbatch --array=T {folder}/run.sbatch", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutSbatchSubmittingSaysSo()
    {
        var e = Assert.Throws<ClusterException>(() => SlurmSubmitter.Locate(searchPath: _dir));
        Assert.Contains("sbatch is not on PATH", e.Message, StringComparison.Ordinal);
    }

    private static void AssertBashSyntax(string script)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-n", script]) { RedirectStandardError = true })!;
        var errors = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        Assert.True(bash.ExitCode == 0, $"{script}: {errors}");
    }
}
