using QuantumML.QSharp;

namespace QuantumML.Experiments.Tasks;

/// <summary>What a task's runner may use: the Q# runtime and project, how many jobs run at once, and where the run keeps
/// its files.</summary>
/// <param name="Runtime">The Q# runtime quantum jobs run on.</param>
/// <param name="Project">The Q# project whose operations the spec names.</param>
/// <param name="Parallelism">How many jobs run at once; range ≥ 1 (a task may run fewer).</param>
public sealed record TaskContext(QSharpRuntime Runtime, QSharpProject Project, int Parallelism)
{
    /// <summary>The Q# project's callables, to check the names a spec uses; null skips that check.</summary>
    public IReadOnlyCollection<string>? Callables { get; init; }

    /// <summary>The compiler's check of the project (for the fingerprints of saved models), or null.</summary>
    public CheckResult? Check { get; init; }

    /// <summary>The results folder, where a task may save files beside the runs (trained models, checkpoints); null saves none.</summary>
    public string? Folder { get; init; }

    /// <summary>The spec file as given to <c>qml run</c>, for the record.</summary>
    public string? SpecFile { get; init; }
}
