using System.CommandLine;
using System.Globalization;
using QuantumML.Cli.Cluster;
using QuantumML.Experiments.Results;

namespace QuantumML.Cli.Commands;

/// <summary><c>qml slurm SPEC --tasks N</c>: writes a Slurm job array that runs the spec's shards and a merge job after it;
/// <c>--submit</c> submits both.</summary>
internal sealed class SlurmCommand : BaseCommand
{
    private static readonly Argument<string> s_spec = new("spec") { Description = "The experiment spec (JSON), e.g. experiments/moons-vqc.json." };
    private static readonly Option<bool> s_allowOutsideData = CommonOptions.AllowOutsideData();
    private static readonly Option<int> s_tasks = new("--tasks") { Description = "N: how many array tasks (shards) the runs are split into.", Required = true };
    private static readonly Option<string?> s_out = new("--out") { Description = "Folder for the scripts, shard results, logs and merged results; default experiments/results/NAME/slurm-UTC-TIMESTAMP/ beside the spec." };
    private static readonly Option<string?> s_partition = new("--partition") { Description = "The Slurm partition; default: the cluster's default partition." };
    private static readonly Option<string?> s_time = new("--time") { Description = "Time limit per task, HH:MM:SS (or D-HH:MM:SS); default: the partition's." };
    private static readonly Option<int> s_cpus = new("--cpus")
    {
        Description = "CPUs per task; each task runs that many (model, seed) jobs at once.",
        DefaultValueFactory = _ => 1,
    };
    private static readonly Option<bool> s_submit = new("--submit") { Description = "Submit the array and the merge job (afterok) with sbatch, and print their job ids." };

    public SlurmCommand() : base("slurm", "Write (and with --submit, submit) a Slurm job array running a spec's shards, and a merge job after it.")
    {
        Arguments.Add(s_spec);
        Options.Add(s_allowOutsideData);
        Options.Add(s_tasks);
        Options.Add(s_out);
        Options.Add(s_partition);
        Options.Add(s_time);
        Options.Add(s_cpus);
        Options.Add(s_submit);
    }

    protected override async Task<int> ExecuteAsync(ParseResult parseResult, Terminal terminal, CancellationToken cancellationToken)
    {
        var spec = ClusterSpec.Load(parseResult.GetValue(s_spec)!, parseResult.GetValue(s_tasks), parseResult.GetValue(s_allowOutsideData));
        var options = new SbatchOptions(parseResult.GetValue(s_partition), parseResult.GetValue(s_time), parseResult.GetValue(s_cpus)).Validated();
        var folder = Path.GetFullPath(parseResult.GetValue(s_out) ?? DefaultFolder(spec));
        if (folder.Any(char.IsWhiteSpace) || folder.Contains('%', StringComparison.Ordinal))
            throw new UsageException($"--out {folder}: Slurm's #SBATCH --output line cannot hold a path with whitespace or '%'; choose another folder.");
        var layout = new SlurmLayout(folder, spec.Tasks);
        var started = layout.ShardFolders.FirstOrDefault(f => File.Exists(Path.Combine(f, RunStore.SpecFile)));
        if (started is not null)
            throw new UsageException($"{folder} already holds shard results ({started}); choose another --out, or re-run a failed task T alone with: sbatch --array=T {layout.RunScript}");

        SbatchWriter.Write(layout, spec, options, QmlInvocation.Current());
        var stdout = terminal.Out;
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{spec.Spec.Name}: {spec.Runs} (job, seed) runs in {spec.Tasks} shard(s), {options.Cpus} CPU(s) each")).ConfigureAwait(false);
        await stdout.WriteLineAsync($"  {layout.RunScript}: job array 0-{spec.Tasks - 1}, task T runs shard T+1 of {spec.Tasks}; logs {layout.LogsFolder}/%A_%a.out").ConfigureAwait(false);
        await stdout.WriteLineAsync($"  {layout.MergeScript}: qml merge of the shard folders into {layout.MergedFolder}").ConfigureAwait(false);
        if (!parseResult.GetValue(s_submit))
        {
            await stdout.WriteLineAsync($"submit: jid=$(sbatch --parsable {layout.RunScript}) && sbatch --dependency=afterok:$jid {layout.MergeScript}").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        SlurmSubmitter submitter;
        try
        {
            submitter = SlurmSubmitter.Locate();
        }
        catch (ClusterException e)
        {
            throw new ClusterException($"{e.Message} The scripts are written in {folder}; submit them on a Slurm login node: jid=$(sbatch --parsable {layout.RunScript}) && sbatch --dependency=afterok:$jid {layout.MergeScript}");
        }
        var array = submitter.Submit(layout.RunScript);
        long merge;
        try
        {
            merge = submitter.Submit(layout.MergeScript, $"--dependency=afterok:{array}");
        }
        catch (ClusterException e)
        {
            throw new ClusterException($"{e.Message}. Array job {array} is already submitted: submit the merge with 'sbatch --dependency=afterok:{array} {layout.MergeScript}', or cancel the array with 'scancel {array}'.");
        }
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            array job {array}: {spec.Tasks} task(s); logs {layout.LogsFolder}/{array}_T.out
            merge job {merge}: runs after every task of {array} succeeded (afterok); log {layout.LogsFolder}/merge_{merge}.out; results {layout.MergedFolder}/results.json and report.md
            follow: squeue -j {array},{merge}
            final states: sacct -j {array},{merge} (clusters without accounting: scontrol show job {array}; scontrol show job {merge})
            a failed task T: sbatch --array=T {layout.RunScript}, then sbatch {layout.MergeScript}
            """)).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static string DefaultFolder(ClusterSpec spec) =>
        Path.Combine(Path.GetDirectoryName(spec.Path)!, "results", spec.Spec.Name,
            "slurm-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
}
