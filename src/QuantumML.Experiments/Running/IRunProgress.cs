using QuantumML.Experiments.Results;

namespace QuantumML.Experiments.Running;

/// <summary>Hears how a run goes, to present it (a command's progress bars or lines).</summary>
public interface IRunProgress
{
    /// <summary>Everything is checked, the spec is saved in the results folder, and the first job may start.</summary>
    void Ready(RunPlan plan, int parallelism);

    /// <summary>A job finished and is saved; <paramref name="done"/> jobs of the plan are done.</summary>
    void Finished(RunPlan plan, RunRecord record, int done, string description);
}
