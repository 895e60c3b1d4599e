using System.Globalization;

namespace QuantumML.Cli.Cluster;

/// <summary>Submits batch scripts with <c>sbatch --parsable</c> and returns their job ids.</summary>
/// <param name="Sbatch">The sbatch executable.</param>
internal sealed record SlurmSubmitter(string Sbatch)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    /// <summary>The sbatch on <paramref name="searchPath"/> (default: PATH); a <see cref="ClusterException"/> when there is none.</summary>
    public static SlurmSubmitter Locate(string? searchPath = null) =>
        new(ExternalCommand.FindOnPath("sbatch", searchPath)
            ?? throw new ClusterException("sbatch is not on PATH: this machine is not a Slurm login node (or Slurm's client tools are not installed)."));

    /// <summary>Submits <paramref name="script"/> with extra sbatch <paramref name="options"/> (e.g. <c>--dependency=afterok:12</c>,
    /// <c>--array=1</c>); returns the job id.</summary>
    public long Submit(string script, params string[] options)
    {
        var outcome = ExternalCommand.Run(Sbatch, ["--parsable", .. options, script], s_timeout);
        // --parsable prints "ID" or "ID;CLUSTER".
        var id = outcome.Out.Trim().Split(';')[0];
        if (outcome.ExitCode != 0 || !long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var jobId))
        {
            var said = (outcome.Err + outcome.Out).Trim();
            throw new ClusterException($"sbatch {string.Join(' ', options.Append(script))} failed (exit {outcome.ExitCode}): {(said.Length > 0 ? said : "no output")}");
        }
        return jobId;
    }
}
