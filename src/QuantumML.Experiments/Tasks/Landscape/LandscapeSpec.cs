using System.Text.Json.Nodes;
using QuantumML.Experiments.Specs;
using QuantumML.Landscape;

namespace QuantumML.Experiments.Tasks.Landscape;

/// <summary>A landscape experiment: ansatzes whose gradient variances, expressibility and entangling capability are scanned
/// over qubit and layer counts, one set of random parameter draws per seed.</summary>
/// <param name="Name">The experiment's name.</param>
/// <param name="Description">Free text for the report.</param>
/// <param name="Seeds">One run of every job per seed; a seed fixes the job's random parameter draws.</param>
/// <param name="Ansatzes">The ansatzes scanned.</param>
/// <param name="Gradients">The gradient-variance scan, or null.</param>
/// <param name="Expressibility">The expressibility and entangling-capability scan, or null.</param>
/// <param name="Source">The spec as written.</param>
public sealed record LandscapeSpec(string Name, string Description, IReadOnlyList<int> Seeds, IReadOnlyList<LandscapeAnsatzSpec> Ansatzes,
    GradientScanSpec? Gradients, ExpressibilityScanSpec? Expressibility, JsonObject Source) : ITaskSpec
{
    /// <summary>The training whose loss landscape is drawn along its path, or null.</summary>
    public TrajectorySpec? Trajectory { get; init; }

    /// <inheritdoc/>
    public string Task => LandscapeTask.TaskName;

    /// <summary>Every job of one seed: the gradient scans, then the expressibility scans; ansatzes outer, then layers, then qubits.</summary>
    public IReadOnlyList<LandscapeJob> Jobs => _jobs ??= JobsOf(Ansatzes, Gradients, Expressibility, Trajectory);

    private IReadOnlyList<LandscapeJob>? _jobs;

    /// <inheritdoc/>
    public IReadOnlyList<string> JobNames => [.. Jobs.Select(j => j.Name)];

    /// <inheritdoc/>
    public bool UsesQSharp => true;

    /// <inheritdoc/>
    public string Summary => $"landscape, {Ansatzes.Count} ansatz(es), {Jobs.Count} scan point(s) x {Seeds.Count} seeds: {Description}";

    /// <inheritdoc/>
    public IEnumerable<(string Field, string Path)> DataFiles(string specFile) => [];

    /// <inheritdoc/>
    public string Origin(string job) => Jobs.FirstOrDefault(j => j.Name == job) is { } j ? $"{j.Ansatz.Path}.name" : $"job '{job}'";

    private static List<LandscapeJob> JobsOf(IReadOnlyList<LandscapeAnsatzSpec> ansatzes, GradientScanSpec? gradients, ExpressibilityScanSpec? expressibility, TrajectorySpec? trajectory)
    {
        var jobs = new List<LandscapeJob>();
        if (gradients is not null)
        {
            foreach (var a in ansatzes)
                foreach (var l in gradients.Layers)
                    foreach (var q in gradients.Qubits) jobs.Add(new LandscapeJob(LandscapeJobKind.Gradients, a, q, l));
        }
        if (expressibility is not null)
        {
            foreach (var a in ansatzes)
                foreach (var l in expressibility.Layers)
                    foreach (var q in expressibility.Qubits) jobs.Add(new LandscapeJob(LandscapeJobKind.Expressibility, a, q, l));
        }
        if (trajectory is not null)
        {
            foreach (var a in ansatzes) jobs.Add(new LandscapeJob(LandscapeJobKind.Trajectory, a, trajectory.Qubits, trajectory.Layers));
        }
        return jobs;
    }
}

/// <summary>One ansatz of a landscape spec.</summary>
/// <param name="Name">Its label in job names, tables and legends.</param>
/// <param name="Family">The Q# ansatz and its parameter-count function.</param>
/// <param name="Shipped">Whether it is one of <see cref="LandscapeAnsatz.Shipped"/> (otherwise an operation of the project).</param>
/// <param name="Path">Where it is in the spec, e.g. <c>$.ansatzes[1]</c>.</param>
/// <param name="File">The spec file, for messages.</param>
public sealed record LandscapeAnsatzSpec(string Name, LandscapeAnsatz Family, bool Shipped, string Path, string File);

/// <summary>The gradient-variance scan: Var[∂C/∂θₖ] of the global and the local cost at every (qubits, layers).</summary>
/// <param name="Qubits">Register sizes.</param>
/// <param name="Layers">Layer counts.</param>
/// <param name="Draws">Random parameter vectors per point and seed.</param>
public sealed record GradientScanSpec(IReadOnlyList<int> Qubits, IReadOnlyList<int> Layers, int Draws);

/// <summary>The expressibility and entangling-capability scan at every (qubits, layers).</summary>
/// <param name="Qubits">Register sizes.</param>
/// <param name="Layers">Layer counts.</param>
/// <param name="Pairs">Random parameter pairs per point and seed.</param>
/// <param name="Bins">Histogram bins of the pair fidelities.</param>
public sealed record ExpressibilityScanSpec(IReadOnlyList<int> Qubits, IReadOnlyList<int> Layers, int Pairs, int Bins);

/// <summary>A training of each ansatz on one cost by plain gradient descent from random angles, and its loss on the plane
/// of the two principal directions of its path (Li et al. 2018).</summary>
/// <param name="Qubits">Register size.</param>
/// <param name="Layers">Layer count.</param>
/// <param name="Cost">The cost trained.</param>
/// <param name="Steps">Gradient steps.</param>
/// <param name="LearningRate">Step size.</param>
/// <param name="Resolution">Grid points per axis of the landscape.</param>
public sealed record TrajectorySpec(int Qubits, int Layers, CostKind Cost, int Steps, double LearningRate, int Resolution);

/// <summary>What a landscape job measures.</summary>
public enum LandscapeJobKind
{
    /// <summary>Gradient variances of both costs.</summary>
    Gradients,

    /// <summary>Expressibility and Meyer-Wallach entangling capability.</summary>
    Expressibility,

    /// <summary>A training by gradient descent and the loss on the plane of its path.</summary>
    Trajectory,
}

/// <summary>One scan point: an ansatz at (qubits, layers).</summary>
/// <param name="Kind">What is measured.</param>
/// <param name="Ansatz">The ansatz.</param>
/// <param name="Qubits">Register size.</param>
/// <param name="Layers">Layer count.</param>
public sealed record LandscapeJob(LandscapeJobKind Kind, LandscapeAnsatzSpec Ansatz, int Qubits, int Layers)
{
    /// <summary>The job's name, e.g. <c>grad:hardware-efficient@n4.L2</c>.</summary>
    public string Name => $"{Prefix(Kind)}:{Ansatz.Name}@n{Qubits}.L{Layers}";

    /// <summary>The job-name prefix (and the run's <see cref="Results.RunRecord.Instance"/>) of a kind.</summary>
    public static string Prefix(LandscapeJobKind kind) => kind switch
    {
        LandscapeJobKind.Gradients => "grad",
        LandscapeJobKind.Expressibility => "expr",
        _ => "path",
    };
}
