using System.Text.Json.Nodes;
using QuantumML.Catalogues;
using QuantumML.Combinatorial.Solvers;
using QuantumML.Experiments.Specs;

namespace QuantumML.Experiments.Tasks.Optimization;

/// <summary>A combinatorial-optimization experiment: problem instances, solvers with their budgets, and seeds.</summary>
/// <param name="Name">The experiment's name.</param>
/// <param name="Description">Free text for the report.</param>
/// <param name="Problems">The instances, every solver runs on each.</param>
/// <param name="Seeds">One run of every job per seed; a seed fixes the solver's randomness.</param>
/// <param name="Solvers">The solvers and their budgets.</param>
/// <param name="Source">The spec as written.</param>
public sealed record OptimizationSpec(string Name, string Description, IReadOnlyList<ProblemSpec> Problems, IReadOnlyList<int> Seeds, IReadOnlyList<SolverSpec> Solvers, JsonObject Source) : ITaskSpec
{
    /// <inheritdoc/>
    public string Task => OptimizationTask.TaskName;

    /// <summary>Every (problem, solver) job of one seed, problems outer.</summary>
    public IReadOnlyList<(ProblemSpec Problem, SolverSpec Solver, string Job)> Jobs =>
        Problems.SelectMany(p => Solvers.Select(s => (p, s, $"{s.Name}@{p.Name}"))).ToList();

    /// <inheritdoc/>
    public IReadOnlyList<string> JobNames => Jobs.Select(j => j.Job).ToList();

    /// <inheritdoc/>
    public bool UsesQSharp => Solvers.Any(s => s.IsQuantum);

    /// <inheritdoc/>
    public string Summary => $"optimization, {Problems.Count} instance(s), {Solvers.Count} solver(s) x {Seeds.Count} seeds: {Description}";

    /// <inheritdoc/>
    public IEnumerable<(string Field, string Path)> DataFiles(string specFile) =>
        Problems.Where(p => p.Path is not null).Select(p => ($"{p.SpecPath}.path", p.Path!));
}

/// <summary>One problem instance: a file, or a seeded random graph.</summary>
/// <param name="Name">Its name in job names and reports.</param>
/// <param name="Path">The instance file, or null for a generated graph.</param>
/// <param name="Format">gset, edges, json or auto (by content and extension).</param>
/// <param name="Generate">regular or erdos-renyi, for a generated MaxCut graph.</param>
/// <param name="Nodes">Vertices of a generated graph.</param>
/// <param name="Degree">Degree of a random regular graph.</param>
/// <param name="EdgeProbability">Edge probability of an Erdős–Rényi graph.</param>
/// <param name="GraphSeed">Seed of the generated graph (fixed across the spec's seeds, so that seeds vary only the solvers).</param>
/// <param name="BestKnown">The best-known objective (cut for MaxCut, energy otherwise), for the gap; null: exact when small enough.</param>
/// <param name="SpecPath">"FILE: $.problems[i]", for messages.</param>
public sealed record ProblemSpec(string Name, string? Path, string Format, string? Generate, int Nodes, int Degree, double EdgeProbability, int GraphSeed, double? BestKnown, string SpecPath);

/// <summary>One solver configuration.</summary>
/// <param name="Name">Its name in the report.</param>
/// <param name="Type">The solver: a quantum-inspired heuristic, a classical baseline, or qaoa.</param>
/// <param name="Seconds">Wall-clock budget, or null.</param>
/// <param name="Sweeps">Sweep (or iteration) budget per read, or null.</param>
/// <param name="Threads">Threads over independent reads or replicas.</param>
/// <param name="Variant">simulated-bifurcation: ballistic or discrete.</param>
/// <param name="Qaoa">QAOA's settings, for type qaoa.</param>
public sealed record SolverSpec(string Name, string Type, double? Seconds, int? Sweeps, int Threads, string? Variant, QaoaSettings? Qaoa)
{
    /// <summary>The solver's catalogue entry.</summary>
    public SolverEntry Entry => SolverCatalogue.Catalogue[Type];

    /// <summary>Whether it runs in Q# (QAOA).</summary>
    public bool IsQuantum => Entry.IsQuantum;

    /// <summary>The classical solver with the spec's sweeps and variant.</summary>
    public ICombinatorialSolver Create() =>
        (Entry.Create ?? throw new InvalidOperationException($"{Type} runs in Q#, not as a classical solver"))(new SolverBudget(Sweeps, Variant));
}

/// <summary>QAOA's settings in an optimization spec.</summary>
/// <param name="Layers">The largest depth p.</param>
/// <param name="Iterations">L-BFGS iterations per depth.</param>
/// <param name="Restarts">Extra random starts per depth.</param>
/// <param name="Interpolate">Optimize depths 1..p in turn from INTERP starts (reporting each), or p alone from a linear ramp.</param>
public sealed record QaoaSettings(int Layers, int Iterations, int Restarts, bool Interpolate)
{
    /// <summary>The engine asked for: "compiled" (falls back to the QDK per circuit) or "qdk".</summary>
    public string Engine { get; init; } = "compiled";
}
