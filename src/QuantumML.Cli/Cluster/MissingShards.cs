using System.Globalization;
using QuantumML.Experiments.Running;

namespace QuantumML.Cli.Cluster;

/// <summary>For <c>qml merge</c> of shard folders (<c>shard-K-of-N</c>): which shards lack runs, where their folders and
/// Slurm logs are, and how to re-run each one alone.</summary>
internal static class MissingShards
{
    /// <summary>One line per shard that lacks runs; empty when the folders are not shards of one N.</summary>
    /// <param name="folders">The folders given to merge.</param>
    /// <param name="expected">Every (job, seed) in spec order, as shards count them.</param>
    /// <param name="present">The (job, seed) runs found.</param>
    public static IReadOnlyList<string> Describe(IReadOnlyList<string> folders, IReadOnlyList<(string Model, int Seed)> expected,
        IReadOnlySet<(string Model, int Seed)> present)
    {
        var shards = folders.Select(f => (Folder: f, Shard: Shard.FromFolderName(f))).ToList();
        if (shards.Any(s => s.Shard is null) || shards.Select(s => s.Shard!.Count).Distinct().Count() != 1) return [];
        var n = shards[0].Shard!.Count;
        var lines = new List<string>();
        for (var k = 1; k <= n; k++)
        {
            var shard = new Shard(k, n);
            var jobs = Enumerable.Range(0, expected.Count).Where(shard.Contains).Select(i => expected[i]).ToList();
            var missing = jobs.Count(j => !present.Contains(j));
            if (missing == 0) continue;
            var folder = shards.FirstOrDefault(s => s.Shard!.Index == k).Folder;
            lines.Add(Line(shard, folder, missing, jobs.Count));
        }
        return lines;
    }

    private static string Line(Shard shard, string? folder, int missing, int jobs)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"shard {shard.Index} of {shard.Count}: {missing} of {jobs} run(s) missing");
        if (folder is null) return text + "; its folder was not given to merge";
        text += Directory.Exists(folder) ? $"; folder {folder}" : $"; folder {folder} was never created (the shard did not start)";
        var logs = SlurmLayout.FindLogs(folder, shard);
        var logsFolder = Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)))!, SlurmLayout.LogsFolderName);
        if (logs.Count > 0) text += $"; log {string.Join(", ", logs)}";
        else if (Directory.Exists(logsFolder)) text += $"; no log in {logsFolder} (the task never started)";
        var script = Path.Combine(Path.GetDirectoryName(logsFolder)!, SlurmLayout.RunScriptName);
        if (File.Exists(script)) text += $"; re-run it alone: sbatch --array={SlurmLayout.TaskOf(shard)} {script}";
        return text;
    }
}
