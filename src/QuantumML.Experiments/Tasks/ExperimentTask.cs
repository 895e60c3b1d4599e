using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Specs;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks;

/// <summary>One kind of experiment a spec's <c>"task"</c> names: it reads its specs, runs their jobs, and reports their
/// results. Everything around it (the job grid, resume, shards, the run store, merge) is the same for every task.</summary>
/// <remarks>A new task is a folder under <c>Tasks/</c> holding its spec, loader, runner, metric names and report, and one
/// line in <see cref="ExperimentTasks.All"/>.</remarks>
public abstract class ExperimentTask
{
    /// <summary>The value of a spec's <c>"task"</c> field.</summary>
    public abstract string Name { get; }

    /// <summary>One line for <c>qml list</c>: what the task compares.</summary>
    public abstract string Description { get; }

    /// <summary>Reads a spec of this task from its root object; every problem is a <see cref="SpecException"/> naming the
    /// file and the JSON path.</summary>
    /// <param name="root">The spec's root object.</param>
    /// <param name="checkFiles">Whether the data files must exist (false when re-reading a spec saved with its results).</param>
    public abstract ITaskSpec Parse(SettingsReader root, bool checkFiles);

    /// <summary>A runner of <paramref name="spec"/>'s (seed, job) grid.</summary>
    public abstract ITaskRunner CreateRunner(ITaskSpec spec, TaskContext context);

    /// <summary>The metrics every run of this task records (the report reads them), for the checks of run files.</summary>
    public abstract IReadOnlyList<string> RequiredMetrics(RunRecord run);

    /// <summary>Checks what else a run of this task must hold; throws what <paramref name="fail"/> makes of a message.</summary>
    public virtual void CheckRun(RunRecord run, Func<string, ResultsFileException> fail)
    {
    }

    /// <summary>Writes <c>report.md</c> and its plots into <paramref name="folder"/>; returns the report's path.</summary>
    public abstract string WriteReport(string folder, ExperimentResult result);

    /// <summary>The summary table printed after a run.</summary>
    public abstract string Table(ExperimentResult result);

    /// <summary>Checks the files a run saved beside the results in <paramref name="folder"/>, before a merge copies them.</summary>
    /// <exception cref="ResultsFileException">A file is damaged or belongs to another run.</exception>
    public virtual void CheckSaved(RunRecord run, string folder)
    {
    }

    /// <summary>Copies the files a run saved beside the results from <paramref name="source"/> to <paramref name="target"/>.</summary>
    public virtual void CopySaved(RunRecord run, string source, string target)
    {
    }
}
