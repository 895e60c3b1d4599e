using System.Text.RegularExpressions;

namespace QuantumML.Cli.Cluster;

/// <summary>What the pods of <c>qml k8s</c> run on.</summary>
/// <param name="Image">The container image: the repository in its working directory, qml on its PATH.</param>
/// <param name="Claim">The PersistentVolumeClaim (ReadWriteMany) shared by the shards and the merge Job.</param>
/// <param name="Cpus">CPUs each shard pod requests, also its <c>qml run --parallel</c>; range ≥ 1.</param>
internal sealed partial record KubernetesOptions(string Image, string Claim, int Cpus)
{
    /// <summary>Checks the values, naming the option at fault.</summary>
    public KubernetesOptions Validated()
    {
        if (string.IsNullOrWhiteSpace(Image) || Image.Any(char.IsWhiteSpace))
            throw new UsageException($"--image '{Image}' is not an image reference, such as registry.example.org/qml:1.0.");
        if (!DnsLabel().IsMatch(Claim))
            throw new UsageException($"--claim '{Claim}' is not a Kubernetes name (lowercase letters, digits and '-').");
        if (Cpus < 1) throw new UsageException($"--cpus must be at least 1 (got {Cpus}).");
        return this;
    }

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex DnsLabel();
}
