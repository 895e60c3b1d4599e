using System.Text.RegularExpressions;

namespace QuantumML.Cli.Cluster;

/// <summary>What each job asks Slurm for; null leaves the cluster's default.</summary>
/// <param name="Partition">The partition (<c>--partition</c>).</param>
/// <param name="Time">The time limit per task, e.g. <c>02:00:00</c> or <c>1-00:00:00</c> (<c>--time</c>).</param>
/// <param name="Cpus">CPUs per task (<c>--cpus-per-task</c>), also the task's <c>qml run --parallel</c>; range ≥ 1.</param>
internal sealed partial record SbatchOptions(string? Partition, string? Time, int Cpus)
{
    /// <summary>Checks the values before they go into <c>#SBATCH</c> lines, naming the option at fault.</summary>
    public SbatchOptions Validated()
    {
        if (Cpus < 1) throw new UsageException($"--cpus must be at least 1 (got {Cpus}).");
        if (Partition is not null && !PartitionPattern().IsMatch(Partition))
            throw new UsageException($"--partition '{Partition}' is not a partition name (letters, digits, '_', '-', '.', comma-separated).");
        if (Time is not null && !TimePattern().IsMatch(Time))
            throw new UsageException($"--time '{Time}' is not a Slurm time limit; use HH:MM:SS, MM:SS, minutes or D-HH:MM:SS, such as 02:00:00.");
        return this;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$")]
    private static partial Regex PartitionPattern();

    [GeneratedRegex("^([0-9]+-)?[0-9]+(:[0-9]{1,2}){0,2}$")]
    private static partial Regex TimePattern();
}
