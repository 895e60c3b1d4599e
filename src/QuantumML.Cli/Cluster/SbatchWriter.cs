using System.Globalization;
using System.Text;

namespace QuantumML.Cli.Cluster;

/// <summary>Writes <c>run.sbatch</c> (a job array: task T runs shard T+1 of N) and <c>merge.sbatch</c> (<c>qml merge</c> of
/// the shard folders, which also renders the report) into a <see cref="SlurmLayout"/>.</summary>
internal static class SbatchWriter
{
    /// <summary>Creates the folder and its <c>logs/</c> (Slurm does not create an output file's folder) and writes both scripts.</summary>
    public static void Write(SlurmLayout layout, ClusterSpec spec, SbatchOptions options, QmlInvocation qml)
    {
        Directory.CreateDirectory(layout.LogsFolder);
        File.WriteAllText(layout.RunScript, RunScript(layout, spec, options, qml));
        File.WriteAllText(layout.MergeScript, MergeScript(layout, spec, options, qml));
    }

    /// <summary>The job array script.</summary>
    public static string RunScript(SlurmLayout layout, ClusterSpec spec, SbatchOptions options, QmlInvocation qml)
    {
        var n = layout.Tasks;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            #!/bin/bash
            # Written by 'qml slurm' for {spec.Path}: array task T runs shard T+1 of {n} into {layout.Folder}/shard-(T+1)-of-{n}/.
            # Submit with the merge job: jid=$(sbatch --parsable {layout.RunScript}) && sbatch --dependency=afterok:$jid {layout.MergeScript}
            # Re-run a failed or cancelled task T alone (it keeps the runs it finished): sbatch --array=T {layout.RunScript}
            #SBATCH --job-name={JobName(spec)}
            #SBATCH --array=0-{n - 1}
            #SBATCH --output={layout.LogsFolder}/%A_%a.out
            #SBATCH --cpus-per-task={options.Cpus}

            """);
        AppendLimits(text, options);
        text.Append(CultureInfo.InvariantCulture, $$"""
            set -euo pipefail
            cd {{Shell.Quote(spec.WorkingFolder)}}
            shard=$((SLURM_ARRAY_TASK_ID + 1))
            folder={{Shell.Quote(layout.Folder)}}/shard-$shard-of-{{n}}
            echo "qml slurm: array job ${SLURM_ARRAY_JOB_ID:-?} task $SLURM_ARRAY_TASK_ID: shard $shard of {{n}} on $(hostname) into $folder"

            """);
        text.Append(ShardScript.Lines(qml.CommandLine, Shell.Quote(spec.Path), n, options.Cpus, spec.AllowOutsideData));
        return text.ToString();
    }

    /// <summary>The merge job script.</summary>
    public static string MergeScript(SlurmLayout layout, ClusterSpec spec, SbatchOptions options, QmlInvocation qml)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"""
            #!/bin/bash
            # Written by 'qml slurm': merges the {layout.Tasks} shard folders into {layout.MergedFolder}/ (results.json, report.md, plots/).
            # Submitted with --dependency=afterok:<array job>; after re-running a failed task, submit it again: sbatch {layout.MergeScript}
            #SBATCH --job-name={JobName(spec)}-merge
            #SBATCH --output={layout.LogsFolder}/merge_%j.out
            #SBATCH --cpus-per-task=1
            # If a task fails the dependency can never be met: end this job instead of leaving it pending.
            #SBATCH --kill-on-invalid-dep=yes

            """);
        AppendLimits(text, options);
        var folders = string.Join(" \\\n    ", layout.ShardFolders.Select(Shell.Quote));
        text.Append(CultureInfo.InvariantCulture, $"""
            set -euo pipefail
            cd {Shell.Quote(spec.WorkingFolder)}
            exec {qml.CommandLine} merge \
                {folders} \
                --out {Shell.Quote(layout.MergedFolder)}

            """);
        return text.ToString();
    }

    private static void AppendLimits(StringBuilder text, SbatchOptions options)
    {
        if (options.Time is not null) text.Append(CultureInfo.InvariantCulture, $"#SBATCH --time={options.Time}\n");
        if (options.Partition is not null) text.Append(CultureInfo.InvariantCulture, $"#SBATCH --partition={options.Partition}\n");
    }

    private static string JobName(ClusterSpec spec) => "qml-" + new string(spec.Spec.Name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
}
