using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;
using QuantumML.QSharp;

namespace QuantumML.Experiments.Running;

/// <summary>The runner of a spec's task.</summary>
public static class TaskRunnerFactory
{
    /// <summary>A runner for <paramref name="spec"/> that runs the jobs <paramref name="include"/> accepts, keeping
    /// training checkpoints in <paramref name="checkpointFolder"/> when given; a classification run saves its trained
    /// models with <paramref name="models"/>, when given.</summary>
    public static ITaskRunner Create(ITaskSpec spec, QSharpRuntime runtime, QSharpProject project, int parallelism, IReadOnlyCollection<string>? callables, Func<int, bool>? include,
        string? checkpointFolder = null, ModelWriter? models = null) => spec switch
    {
        ExperimentSpec e => new ExperimentRunner(e, new ModelFactory(runtime, project), runtime.QdkVersion, parallelism, callables) { Include = include, CheckpointFolder = checkpointFolder, Models = models },
        VqeSpec v => new VqeRunner(v, runtime, project, parallelism) { Include = include },
        OptimizationSpec o => new OptimizationRunner(o, runtime, project) { Include = include },
        _ => throw new ArgumentException($"No runner for task '{spec.Task}'.", nameof(spec)),
    };
}
