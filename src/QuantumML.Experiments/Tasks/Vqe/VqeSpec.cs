using System.Text.Json.Nodes;
using QuantumML.Catalogues;
using QuantumML.Combinatorial.Problems;
using QuantumML.Experiments.Specs;
using QuantumML.Quantum;
using QuantumML.Vqe;

namespace QuantumML.Experiments.Tasks.Vqe;

/// <summary>A variational-eigensolver experiment: Hamiltonians, VQE configurations and seeds.</summary>
/// <param name="Name">The experiment's name.</param>
/// <param name="Description">Free text for the report.</param>
/// <param name="Hamiltonian">Which Hamiltonian(s) to solve.</param>
/// <param name="Seeds">One run of every job per seed; a seed fixes the initial parameters and the shots.</param>
/// <param name="Models">The VQE configurations, each expanded over a sweep when one field lists values.</param>
/// <param name="Source">The spec as written.</param>
public sealed record VqeSpec(string Name, string Description, HamiltonianSpec Hamiltonian, IReadOnlyList<int> Seeds, IReadOnlyList<VqeModelSpec> Models, JsonObject Source) : ITaskSpec
{
    /// <inheritdoc/>
    public string Task => VqeTask.TaskName;

    /// <summary>Every (instance, model) job of one seed, instances outer.</summary>
    public IReadOnlyList<(HamiltonianInstanceSpec Instance, VqeModelSpec Model, string Job)> Jobs =>
        Hamiltonian.Instances.SelectMany(i => Models.Select(m => (i, m, Hamiltonian.Instances.Count == 1 ? m.Name : $"{m.Name}@{i.Label}"))).ToList();

    /// <inheritdoc/>
    public IReadOnlyList<string> JobNames => Jobs.Select(j => j.Job).ToList();

    /// <inheritdoc/>
    public bool UsesQSharp => true;

    /// <inheritdoc/>
    public string Summary => $"VQE, {Hamiltonian.Source} ({Hamiltonian.Instances.Count} instance(s)), {Models.Count} configuration(s) x {Seeds.Count} seeds: {Description}";

    /// <inheritdoc/>
    public IEnumerable<(string Field, string Path)> DataFiles(string specFile) =>
        Hamiltonian.Path is { } scan ? [($"{Hamiltonian.Location}.path", scan)] : [];

    /// <inheritdoc/>
    public string Origin(string job) => Jobs.FirstOrDefault(j => j.Job == job) is { Model: { } m } ? $"{m.Path}.name" : $"job '{job}'";
}

/// <summary>The Hamiltonian of a VQE experiment.</summary>
/// <param name="Source">h2, tfim, xxz or pauli.</param>
/// <param name="Instances">The Hamiltonians to solve (several bond lengths of H2; otherwise one).</param>
/// <param name="Path">The H2 data file.</param>
/// <param name="Mapping">For H2: jordan-wigner (4 qubits) or reduced (2 qubits).</param>
/// <param name="Qubits">Chain length of tfim and xxz.</param>
/// <param name="Coupling">J of tfim and xxz.</param>
/// <param name="Field">h of tfim.</param>
/// <param name="Delta">Δ of xxz.</param>
/// <param name="Periodic">Whether a chain closes into a ring.</param>
/// <param name="Terms">The Pauli-sum text of a pauli Hamiltonian.</param>
/// <param name="Location">"FILE: $.hamiltonian", for messages.</param>
public sealed record HamiltonianSpec(string Source, IReadOnlyList<HamiltonianInstanceSpec> Instances, string? Path, string Mapping, int Qubits, double Coupling, double Field, double Delta, bool Periodic, string? Terms, string Location);

/// <summary>One Hamiltonian to solve.</summary>
/// <param name="Label">Its label in job names and reports, e.g. <c>r=0.735</c>.</param>
/// <param name="Value">The swept physical parameter (the bond length), or null.</param>
public sealed record HamiltonianInstanceSpec(string Label, double? Value);

/// <summary>One VQE configuration after sweep expansion.</summary>
/// <param name="Name">The job-name stem: the spec's name, plus <c>[field=value]</c> for a sweep point.</param>
/// <param name="Base">The configuration's name in the spec.</param>
/// <param name="Ansatz">The ansatz as the spec names it (<see cref="VqeAnsatzCatalogue"/>, or a Q# operation).</param>
/// <param name="Layers">Ansatz layers (ignored by ucc).</param>
/// <param name="Optimizer">The optimizer (<see cref="QuantumML.Optimization.OptimizerCatalogue"/>).</param>
/// <param name="Iterations">The optimizer's iteration budget.</param>
/// <param name="LearningRate">Step size of the first-order optimizers.</param>
/// <param name="Gradient">parameter-shift, finite-difference or none.</param>
/// <param name="Execution">exact, sampled or shots.</param>
/// <param name="Shots">Shots per circuit and measurement basis in the sampling modes.</param>
/// <param name="Init">zeros or random.</param>
/// <param name="InitScale">Half-width of the uniform random initial angles.</param>
/// <param name="Sweep">The swept field and its value at this point, or null.</param>
/// <param name="Path">Where the configuration is in the spec, for messages.</param>
public sealed record VqeModelSpec(string Name, string Base, string Ansatz, int Layers, string Optimizer, int Iterations, double LearningRate, string Gradient,
    string Execution, int Shots, string Init, double InitScale, (string Field, double Value)? Sweep, string Path)
{
    /// <summary>The noise the circuits are measured under (shots mode only), or null.</summary>
    public NoiseLevel? Noise { get; init; }

    /// <summary>The engine asked for: "compiled" (falls back to the QDK per circuit) or "qdk".</summary>
    public string Engine { get; init; } = "compiled";

    /// <summary>The ansatz: a catalogue entry, or a Q# operation of the project.</summary>
    public required VqeAnsatzEntry Entry { get; init; }

    /// <summary>Starts of a multi-start VQE, each with the whole iteration budget; the best final energy is kept.</summary>
    public int Starts { get; init; } = 1;
}
