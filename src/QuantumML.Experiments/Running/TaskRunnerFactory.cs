using QuantumML.Experiments.Specs;
using QuantumML.QSharp;

namespace QuantumML.Experiments.Running;

/// <summary>The runner of a spec's task.</summary>
public static class TaskRunnerFactory
{
    /// <summary>A runner for <paramref name="spec"/> that runs the jobs <paramref name="include"/> accepts.</summary>
    public static ITaskRunner Create(ITaskSpec spec, QSharpRuntime runtime, QSharpProject project, int parallelism, IReadOnlyCollection<string>? callables, Func<int, bool>? include) => spec switch
    {
        ExperimentSpec e => new ExperimentRunner(e, new ModelFactory(runtime, project), runtime.QdkVersion, parallelism, callables) { Include = include },
        VqeSpec v => new VqeRunner(v, runtime, project, parallelism) { Include = include },
        OptimizationSpec o => new OptimizationRunner(o, runtime, project) { Include = include },
        GraphSpec g => new GraphRunner(g, runtime, project, parallelism) { Include = include },
        _ => throw new ArgumentException($"No runner for task '{spec.Task}'.", nameof(spec)),
    };
}
