using System.Globalization;
using QuantumML.Experiments.Results;

namespace QuantumML.Cli.Cluster;

/// <summary>The bash lines that run one shard in a job array's task, with <c>$shard</c> (1-based) and <c>$folder</c>
/// already set: a first attempt writes a new folder; a retried or resubmitted task finds the folder's
/// <c>spec.json</c> and resumes it, keeping the runs it finished.</summary>
internal static class ShardScript
{
    /// <summary>The lines, each ending in a newline.</summary>
    /// <param name="qml">The command that starts qml, already quoted for bash.</param>
    /// <param name="spec">The spec path, already quoted for bash.</param>
    /// <param name="tasks">N.</param>
    /// <param name="parallel">The task's CPUs, passed as <c>--parallel</c> (a task must not take the whole node's cores).</param>
    /// <param name="allowOutsideData">Whether to pass <c>--allow-outside-data</c> on.</param>
    public static string Lines(string qml, string spec, int tasks, int parallel, bool allowOutsideData = false)
    {
        var common = string.Create(CultureInfo.InvariantCulture, $"{qml} run {spec} --shard \"$shard/{tasks}\" --parallel {parallel}{(allowOutsideData ? " " + Experiments.Specs.DataPaths.AllowFlag : "")}");
        return $"""
            if [ -f "$folder/{RunStore.SpecFile}" ]; then
              # A re-run of this shard: keep the runs it already finished.
              exec {common} --resume "$folder"
            else
              exec {common} --out "$folder"
            fi

            """;
    }
}
