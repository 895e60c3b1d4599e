using System.Globalization;
using System.Text;
using System.Text.Json;
using QuantumML.Experiments.Running;

namespace QuantumML.Cli.Cluster;

/// <summary>Writes a Kubernetes Indexed Job whose pod K−1 runs shard K of N (<c>JOB_COMPLETION_INDEX</c> + 1) into a shared
/// volume, and a merge Job to apply once it completes.</summary>
/// <remarks>User values (image, paths) go in as JSON strings, which YAML reads as double-quoted scalars.</remarks>
internal static class KubernetesWriter
{
    /// <summary>The shard Job's file name.</summary>
    public const string JobFile = "job.yaml";

    /// <summary>The merge Job's file name.</summary>
    public const string MergeJobFile = "merge-job.yaml";

    /// <summary>Where the shared volume is mounted in every pod.</summary>
    public const string MountPath = "/results";

    /// <summary>Writes both manifests into <paramref name="folder"/>; returns their paths.</summary>
    public static (string Job, string MergeJob) Write(string folder, ClusterSpec spec, KubernetesOptions options)
    {
        Directory.CreateDirectory(folder);
        var job = Path.Combine(folder, JobFile);
        var merge = Path.Combine(folder, MergeJobFile);
        File.WriteAllText(job, ShardJob(spec, options));
        File.WriteAllText(merge, MergeJob(spec, options));
        return (job, merge);
    }

    /// <summary>The Job name: <c>qml-NAME</c> as a DNS label (lowercase letters, digits, '-'), short enough for pod names.</summary>
    public static string JobName(ClusterSpec spec)
    {
        var name = new string(spec.Spec.Name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return ("qml-" + name)[..Math.Min(4 + name.Length, 40)].TrimEnd('-');
    }

    /// <summary>The experiment's folder on the shared volume.</summary>
    public static string ResultsFolder(ClusterSpec spec) => $"{MountPath}/{JobName(spec)["qml-".Length..]}";

    /// <summary>The Indexed Job of the shards.</summary>
    public static string ShardJob(ClusterSpec spec, KubernetesOptions options)
    {
        var name = JobName(spec);
        var n = spec.Tasks;
        var specPath = spec.RelativePath.Replace('\\', '/');
        var script = new StringBuilder();
        script.Append(CultureInfo.InvariantCulture, $"""
            set -euo pipefail
            shard=$((JOB_COMPLETION_INDEX + 1))
            folder={ResultsFolder(spec)}/shard-$shard-of-{n}
            echo "qml k8s: pod index $JOB_COMPLETION_INDEX: shard $shard of {n} into $folder"

            """);
        script.Append(ShardScript.Lines("qml", Shell.Quote(specPath), n, options.Cpus, spec.AllowOutsideData));
        var args = string.Join('\n', script.ToString().TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? "" : "              " + line));
        return string.Create(CultureInfo.InvariantCulture, $"""
            # Written by 'qml k8s' for {specPath}: {spec.Runs} (job, seed) runs in {n} shards, one pod per shard.
            # The image holds the repository in its working directory and qml on its PATH; the PersistentVolumeClaim
            # {options.Claim} (ReadWriteMany) is shared by the shards and the merge Job, mounted at {MountPath}.
            #   kubectl apply -f {JobFile}
            #   kubectl wait --for=condition=complete --timeout=24h job/{name}
            #   kubectl apply -f {MergeJobFile}
            # Logs of shard K (1-based): kubectl logs -l job-name={name},batch.kubernetes.io/job-completion-index=<K-1>
            # A shard that failed every retry: kubectl delete job {name}, then apply this file again; finished shards
            # resume from their folders and only redo what they had not finished.
            {Metadata(name, name)}
            spec:
              completionMode: Indexed
              completions: {n}
              parallelism: {n}
              # Each shard retries on its own, and one failing shard does not stop the others (Kubernetes 1.29+).
              backoffLimitPerIndex: 2
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: qml
                    app.kubernetes.io/instance: {name}
                spec:
                  restartPolicy: Never
                  containers:
                    - name: shard
                      image: {Json(options.Image)}
                      command: ["/bin/bash", "-c"]
                      args:
                        - |
            {args}
                      resources:
                        requests:
                          cpu: "{options.Cpus}"
            {SharedVolume(options)}

            """);
    }

    /// <summary>The merge Job: <c>qml merge</c> of every shard folder on the volume.</summary>
    public static string MergeJob(ClusterSpec spec, KubernetesOptions options)
    {
        var name = JobName(spec) + "-merge";
        var results = ResultsFolder(spec);
        var command = new List<string> { "qml", "merge" }
            .Concat(Enumerable.Range(1, spec.Tasks).Select(k => $"{results}/{new Shard(k, spec.Tasks).FolderName}"))
            .Append("--out").Append($"{results}/merged");
        return string.Create(CultureInfo.InvariantCulture, $"""
            # Written by 'qml k8s': merges the {spec.Tasks} shard folders into {results}/merged (results.json, report.md, plots/).
            # Apply once job/{JobName(spec)} is complete; if a shard is missing it fails naming it (kubectl logs job/{name}).
            {Metadata(name, JobName(spec))}
            spec:
              backoffLimit: 0
              template:
                spec:
                  restartPolicy: Never
                  containers:
                    - name: merge
                      image: {Json(options.Image)}
                      command: [{string.Join(", ", command.Select(Json))}]
            {SharedVolume(options)}

            """);
    }

    /// <summary>A Job's kind and metadata; <paramref name="instance"/> labels the shards and their merge alike.</summary>
    private static string Metadata(string name, string instance) => $"""
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: {name}
          labels:
            app.kubernetes.io/name: qml
            app.kubernetes.io/instance: {instance}
        """;

    /// <summary>The container's mount of the results volume and the pod's volume, at their indentation in a Job.</summary>
    private static string SharedVolume(KubernetesOptions options) => $"""
                  volumeMounts:
                    - name: results
                      mountPath: {MountPath}
              volumes:
                - name: results
                  persistentVolumeClaim:
                    claimName: {Json(options.Claim)}
        """;

    private static string Json(string value) => JsonSerializer.Serialize(value);
}
