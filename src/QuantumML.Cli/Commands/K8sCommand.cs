using System.CommandLine;
using QuantumML.Cli.Cluster;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml k8s SPEC --tasks N --image IMAGE</c>: writes a Kubernetes Indexed Job running the spec's shards and a merge Job.</summary>
internal sealed class K8sCommand : BaseCommand
{
    private static readonly Argument<string> s_spec = new("spec") { Description = "The experiment spec (JSON), e.g. experiments/moons-vqc.json." };
    private static readonly Option<bool> s_allowOutsideData = CommonOptions.AllowOutsideData();
    private static readonly Option<int> s_tasks = new("--tasks") { Description = "N: how many pods (shards) the runs are split into.", Required = true };
    private static readonly Option<string> s_image = new("--image") { Description = "The container image: the repository in its working directory and qml on its PATH.", Required = true };
    private static readonly Option<string?> s_out = new("--out") { Description = "Folder for job.yaml and merge-job.yaml; default experiments/results/NAME/k8s/ beside the spec." };
    private static readonly Option<string> s_claim = new("--claim")
    {
        Description = "The PersistentVolumeClaim (ReadWriteMany) for the results, mounted at /results.",
        DefaultValueFactory = _ => "qml-results",
    };
    private static readonly Option<int> s_cpus = new("--cpus")
    {
        Description = "CPUs each shard pod requests; each shard runs that many (model, seed) jobs at once.",
        DefaultValueFactory = _ => 1,
    };

    public K8sCommand() : base("k8s", "Write a Kubernetes Indexed Job running a spec's shards, and a merge Job.")
    {
        Arguments.Add(s_spec);
        Options.Add(s_allowOutsideData);
        Options.Add(s_tasks);
        Options.Add(s_image);
        Options.Add(s_out);
        Options.Add(s_claim);
        Options.Add(s_cpus);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var spec = ClusterSpec.Load(parseResult.GetValue(s_spec)!, parseResult.GetValue(s_tasks), parseResult.GetValue(s_allowOutsideData));
        var options = new KubernetesOptions(parseResult.GetValue(s_image)!, parseResult.GetValue(s_claim)!, parseResult.GetValue(s_cpus)).Validated();
        var folder = parseResult.GetValue(s_out) ?? Path.Combine(Path.GetDirectoryName(spec.Path)!, "results", spec.Spec.Name, "k8s");
        var (job, merge) = KubernetesWriter.Write(folder, spec, options);
        var name = KubernetesWriter.JobName(spec);
        await terminal.Out.WriteLineAsync($"""
            {spec.Spec.Name}: {spec.Runs} (job, seed) runs in {spec.Tasks} shard(s), pod K-1 runs shard K into {KubernetesWriter.ResultsFolder(spec)}/ on claim {options.Claim}
              {job}: Indexed Job {name}
              {merge}: Job {name}-merge (qml merge into {KubernetesWriter.ResultsFolder(spec)}/merged)
            run: kubectl apply -f {job} && kubectl wait --for=condition=complete --timeout=24h job/{name} && kubectl apply -f {merge}
            """).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
