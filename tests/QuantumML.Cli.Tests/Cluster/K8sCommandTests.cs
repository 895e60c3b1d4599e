namespace QuantumML.Cli.Tests.Cluster;

public sealed class K8sCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-k8s-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task WritesAnIndexedJobWhoseCompletionIndexIsTheShardAndAMergeJob()
    {
        var spec = ClusterSpecs.Small(_dir);
        var folder = Path.Combine(_dir, "k8s");

        var outcome = await CliRunner.RunAsync("k8s", spec, "--tasks", "3", "--image", "registry.example.org/qml:1.0", "--out", folder, "--cpus", "2");

        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        Assert.Contains("kubectl apply -f", outcome.Out, StringComparison.Ordinal);
        var job = Lines(Path.Combine(folder, "job.yaml"));
        foreach (var line in new[]
                 {
                     "apiVersion: batch/v1", "kind: Job", "  name: qml-cluster-small", "  completionMode: Indexed", "  completions: 3",
                     "  parallelism: 3", "          image: \"registry.example.org/qml:1.0\"", "          command: [\"/bin/bash\", \"-c\"]",
                     "              shard=$((JOB_COMPLETION_INDEX + 1))", "              folder=/results/cluster-small/shard-$shard-of-3",
                     "                exec qml run spec.json --shard \"$shard/3\" --parallel 2 --out \"$folder\"",
                     "              cpu: \"2\"", "              mountPath: /results", "            claimName: \"qml-results\"", "      restartPolicy: Never",
                 })
        {
            Assert.Contains(line, job);
        }

        var merge = Lines(Path.Combine(folder, "merge-job.yaml"));
        Assert.Contains("  name: qml-cluster-small-merge", merge);
        Assert.Contains("""          command: ["qml", "merge", "/results/cluster-small/shard-1-of-3", "/results/cluster-small/shard-2-of-3", "/results/cluster-small/shard-3-of-3", "--out", "/results/cluster-small/merged"]""", merge);
        Assert.Contains("            claimName: \"qml-results\"", merge);
        // YAML forbids tabs for indentation.
        Assert.DoesNotContain(job.Concat(merge), l => l.Contains('\t', StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnImageIsRequired()
    {
        var outcome = await CliRunner.RunAsync("k8s", ClusterSpecs.Small(_dir), "--tasks", "3");
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("--image", outcome.Err, StringComparison.Ordinal);
    }

    private static string[] Lines(string path) => File.ReadAllLines(path);
}
