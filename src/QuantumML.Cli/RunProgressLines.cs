using System.Globalization;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;

namespace QuantumML.Cli;

/// <summary>A run's progress as lines on stderr: what it will do, then one line per finished job (for pipes and CI logs).</summary>
/// <param name="stderr">Where the lines go.</param>
internal sealed class RunProgressLines(TextWriter stderr) : IRunProgress
{
    public void Ready(RunPlan plan, int parallelism) => stderr.WriteLine(
        $"{plan.Spec.Name}: {plan.Spec.JobNames.Count} job(s) x {plan.Spec.Seeds.Count} seed(s); {plan.ToDo} run(s) to do{(plan.Shard is null ? "" : $" in shard {plan.Shard.Index}/{plan.Shard.Count}")}{(plan.Finished.Count > 0 ? $", {plan.Finished.Count} already done" : "")}, at most {parallelism} at a time{(plan.Folder is null ? "" : $"; saving to {plan.Folder}")}");

    public void Finished(RunPlan plan, RunRecord record, int done, string description)
    {
        lock (stderr)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{done}/{plan.ToDo}] {record.Model} seed {record.Seed}: {description}"));
        }
    }
}
