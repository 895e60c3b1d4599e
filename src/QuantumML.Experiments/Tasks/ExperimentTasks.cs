using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Experiments.Tasks.Graph;
using QuantumML.Experiments.Tasks.Landscape;
using QuantumML.Experiments.Tasks.Optimization;
using QuantumML.Experiments.Tasks.Vqe;

namespace QuantumML.Experiments.Tasks;

/// <summary>The tasks a spec may name, each registered once.</summary>
public static class ExperimentTasks
{
    /// <summary>The task of a spec without a <c>"task"</c> field.</summary>
    public const string Default = "classification";

    /// <summary>Every task, in the order <c>qml list</c> shows them.</summary>
    public static IReadOnlyList<ExperimentTask> All { get; } =
    [
        new ClassificationTask(),
        new VqeTask(),
        new OptimizationTask(),
        new GraphTask(),
        new LandscapeTask(),
    ];

    /// <summary>The tasks' names.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(t => t.Name)];

    /// <summary>The task named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No task has that name.</exception>
    public static ExperimentTask Of(string name) =>
        All.FirstOrDefault(t => t.Name == name) ?? throw new ArgumentException($"no task '{name}'; known: {string.Join(", ", Names)}", nameof(name));

    /// <summary>The task of <paramref name="spec"/>.</summary>
    public static ExperimentTask Of(ITaskSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Of(spec.Task);
    }

    /// <summary>The task of the spec a result holds.</summary>
    public static ExperimentTask Of(ExperimentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Of(result.Spec["task"]?.GetValue<string>() ?? Default);
    }
}
