using QuantumML.Experiments.Running;

namespace QuantumML.Cli.Cluster;

/// <summary>The folder <c>qml slurm</c> writes: the two scripts, one results folder per shard, the array's logs and the
/// merged results. Every path is fixed by the folder and N alone, so the array's tasks, the merge job and
/// <c>qml merge</c> find each other's files without talking.</summary>
/// <param name="Folder">The folder, absolute.</param>
/// <param name="Tasks">N.</param>
internal sealed record SlurmLayout(string Folder, int Tasks)
{
    /// <summary>The array's scripts.</summary>
    public const string RunScriptName = "run.sbatch";

    /// <summary>The merge job's script.</summary>
    public const string MergeScriptName = "merge.sbatch";

    /// <summary>The logs folder beside the shard folders.</summary>
    public const string LogsFolderName = "logs";

    /// <summary>The job array script.</summary>
    public string RunScript => Path.Combine(Folder, RunScriptName);

    /// <summary>The merge job script.</summary>
    public string MergeScript => Path.Combine(Folder, MergeScriptName);

    /// <summary>Where Slurm writes every task's output.</summary>
    public string LogsFolder => Path.Combine(Folder, LogsFolderName);

    /// <summary>Where the merge job writes results.json and report.md.</summary>
    public string MergedFolder => Path.Combine(Folder, "merged");

    /// <summary>Shard K's results folder (K 1-based).</summary>
    public string ShardFolder(int k) => Path.Combine(Folder, new Shard(k, Tasks).FolderName);

    /// <summary>Every shard's folder, in shard order.</summary>
    public IReadOnlyList<string> ShardFolders => Enumerable.Range(1, Tasks).Select(ShardFolder).ToList();

    /// <summary>The array task that runs shard K: K − 1 (Slurm's <c>%a</c>).</summary>
    public static int TaskOf(Shard shard) => shard.Index - 1;

    /// <summary>The log files of every run of the shard held in <paramref name="shardFolder"/>, newest first:
    /// <c>logs/ARRAYID_TASK.out</c> beside it (Slurm's <c>%A_%a</c>, one per submission of that task).</summary>
    public static IReadOnlyList<string> FindLogs(string shardFolder, Shard shard)
    {
        var logs = Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(shardFolder)))!, LogsFolderName);
        if (!Directory.Exists(logs)) return [];
        return new DirectoryInfo(logs).GetFiles($"*_{TaskOf(shard)}.out")
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .Select(f => f.FullName)
            .ToList();
    }
}
