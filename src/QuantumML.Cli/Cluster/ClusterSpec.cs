using QuantumML.Experiments.Specs;
using QuantumML.Settings;

namespace QuantumML.Cli.Cluster;

/// <summary>A valid spec split into <see cref="Tasks"/> shards, as <c>qml slurm</c> and <c>qml k8s</c> take it.</summary>
/// <param name="Path">The spec file, absolute.</param>
/// <param name="Spec">The spec, validated with its data files.</param>
/// <param name="Tasks">N, the number of shards; range 1 ≤ N ≤ the spec's (job, seed) runs.</param>
/// <param name="WorkingFolder">Where the scripts run: the repository holding the spec (the folder with
/// <c>quantum/qsharp.json</c> above it), else the spec's own folder; relative paths resolve as they do there.</param>
/// <param name="AllowOutsideData">Whether the spec may read data outside its folder; passed on to each shard's <c>qml run</c>.</param>
internal sealed record ClusterSpec(string Path, ITaskSpec Spec, int Tasks, string WorkingFolder, bool AllowOutsideData = false)
{
    /// <summary>Validates the spec and N; every problem is a <see cref="UsageException"/> naming the file or option.</summary>
    public static ClusterSpec Load(string specPath, int tasks, bool allowOutsideData = false)
    {
        if (tasks < 1) throw new UsageException($"--tasks must be at least 1 (got {tasks}).");
        ITaskSpec spec;
        try
        {
            spec = TaskSpecLoader.Load(specPath, allowOutsideData: allowOutsideData);
        }
        catch (SpecException e)
        {
            throw new UsageException(e.Message);
        }
        var runs = TaskJobs.Of(spec).Count;
        if (tasks > runs)
            throw new UsageException($"--tasks {tasks} is more than the {runs} (job, seed) runs of {specPath}; an extra task would have nothing to do (at most --tasks {runs}).");
        var full = System.IO.Path.GetFullPath(specPath);
        return new ClusterSpec(full, spec, tasks, RepositoryOf(full), allowOutsideData);
    }

    /// <summary>The number of (job, seed) runs.</summary>
    public int Runs => TaskJobs.Of(Spec).Count;

    /// <summary>The spec's path from <see cref="WorkingFolder"/>, for images that hold the repository.</summary>
    public string RelativePath => System.IO.Path.GetRelativePath(WorkingFolder, Path);

    private static string RepositoryOf(string specFile)
    {
        var specFolder = System.IO.Path.GetDirectoryName(specFile)!;
        for (var dir = new DirectoryInfo(specFolder); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, ProjectLocator.DefaultFolder, "qsharp.json")))
                return dir.FullName;
        }
        return specFolder;
    }
}
