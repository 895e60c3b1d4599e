using System.Diagnostics;
using System.Globalization;
using QuantumML.Eigensolvers;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Gradients;
using QuantumML.Hamiltonians;
using QuantumML.Models;
using QuantumML.Optimization;
using QuantumML.QSharp;
using QuantumML.Quantum;
using QuantumML.Settings;
using QuantumML.Variational;
using QuantumML.Vqe;

namespace QuantumML.Experiments.Tasks.Vqe;

/// <summary>Runs a VQE spec: every configuration on every Hamiltonian for every seed, scored against the exact ground energy.</summary>
/// <param name="spec">The experiment.</param>
/// <param name="runtime">The Q# runtime.</param>
/// <param name="project">The Q# project.</param>
/// <param name="parallelism">Jobs at once; range ≥ 1.</param>
public sealed class VqeRunner(VqeSpec spec, QSharpRuntime runtime, QSharpProject project, int parallelism)
    : JobGridRunner(spec, runtime.QdkVersion, parallelism)
{
    private readonly Dictionary<string, (PauliSum Hamiltonian, GroundState Exact, double? HartreeFock)> _instances = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Instance, string Model), AnsatzCircuit> _ansatzes = [];

    /// <summary>The Q# project's callables, to check an ansatz named by its Q# operation; null skips that check.</summary>
    public IReadOnlyCollection<string>? Callables { get; init; }

    /// <inheritdoc/>
    public override string Describe(RunRecord record) => string.Create(CultureInfo.InvariantCulture,
        $"E = {record.Metrics[VqeMetrics.Energy]:0.000000} (exact {record.Metrics[VqeMetrics.ExactEnergy]:0.000000}, error {record.Metrics[VqeMetrics.Error]:0.0e+0}){(record.Metrics.TryGetValue(VqeMetrics.Starts, out var n) ? $", {record.Metrics[VqeMetrics.StartsReached]:0} of {n:0} starts within 1.6 mHa" : "")}, {record.Metrics[MetricNames.CircuitEvaluations]:0} circuits, {record.Metrics[MetricNames.FitSeconds]:0.0} s{(record.Engines is null ? "" : ", " + EngineRecord.Brief(record.Engines))}");

    /// <inheritdoc/>
    protected override async Task PrepareAsync(CancellationToken ct)
    {
        var h = spec.Hamiltonian;
        foreach (var instance in h.Instances)
        {
            var (hamiltonian, hartreeFock) = Build(h, instance);
            if (hamiltonian.QubitCount > SpecLimits.MaxHamiltonianQubits)
                throw new SpecException($"{h.Location}: the Hamiltonian{(instance.Value is null ? "" : $" at {instance.Label}")} acts on {hamiltonian.QubitCount} qubits; the exact ground energy is computed for at most {SpecLimits.MaxHamiltonianQubits}");
            _instances[instance.Label] = (hamiltonian, ExactGroundState.Solve(hamiltonian), hartreeFock);
        }
        // Parameter counts are asked of Q# once per configuration and instance, on an evaluator of their own: the jobs'
        // evaluators count only the jobs' own runs.
        var counter = new CircuitEvaluator(runtime, project, ExecutionMode.Exact, new Random(0));
        foreach (var (instance, model, _) in spec.Jobs)
        {
            if (Callables is not null && VqeAnsatzCatalogue.Catalogue.Find(model.Ansatz) is null && !Callables.Contains(model.Ansatz))
                throw new SpecException($"{h.Location[..h.Location.LastIndexOf(": ", StringComparison.Ordinal)]}: {model.Path}.ansatz: '{model.Ansatz}' is neither a VQE ansatz ({string.Join(", ", VqeAnsatzCatalogue.Catalogue.Names)}) nor an operation of the Q# project");
            var site = new VqeAnsatzSite(_instances[instance.Label].Hamiltonian.QubitCount, h.Source, h.Periodic, h.Delta);
            _ansatzes[(instance.Label, model.Name)] = await model.Entry.CircuitAsync(counter, site, model.Layers, ct).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    protected override async Task<RunRecord> RunJobAsync(int job, int seed, CancellationToken ct)
    {
        var (instance, model, name) = spec.Jobs[job];
        var (hamiltonian, exact, hartreeFock) = _instances[instance.Label];
        var ansatz = _ansatzes[(instance.Label, model.Name)];
        var mode = QuantumFields.ExecutionOf(model.Execution, model.Shots, model.Noise?.Noise);
        var random = new Random(seed);
        var evaluator = new CircuitEvaluator(runtime, project, mode, new Random(random.Next()), model.Engine == "qdk" ? QuantumEngine.Qdk : QuantumEngine.Compiled);
        var observable = new PauliObservable(hamiltonian);
        var gradient = GradientCatalogue.Catalogue.Find(model.Gradient)?.Vqe ?? GradientKind.None;
        var starts = model.Init switch
        {
            "random" => StartPoints.Uniform(model.Starts, ansatz.ParameterCount, model.InitScale, random),
            VqeSpecLoader.NearHartreeFock => StartPoints.Near(HardwareEfficientReference.Parameters(HartreeFockBits(hamiltonian.QubitCount), model.Layers), model.Starts, model.InitScale, random),
            _ => [new double[ansatz.ParameterCount]],
        };
        var clock = Stopwatch.StartNew();
        // One start is the plain VQE; several keep the lowest final energy, each start with the whole iteration budget.
        var multi = await MultiStartVqe.RunAsync(evaluator, ansatz, observable,
            () => OptimizerCatalogue.Catalogue[model.Optimizer].Create(new OptimizerBudget(model.Iterations, model.LearningRate, random, 1e-8)),
            starts, exact.Energy, VqeReport.ChemicalAccuracy, gradient, ct).ConfigureAwait(false);
        var result = multi.Best.Result;
        var seconds = clock.Elapsed.TotalSeconds;
        var error = Math.Abs(result.Energy - exact.Energy);
        var metrics = new Dictionary<string, double>
        {
            [VqeMetrics.Energy] = result.Energy,
            [VqeMetrics.ExactEnergy] = exact.Energy,
            [VqeMetrics.Error] = error,
            [VqeMetrics.RelativeError] = error / Math.Max(1e-300, Math.Abs(exact.Energy)),
            [VqeMetrics.Parameters] = ansatz.ParameterCount,
            [VqeMetrics.Qubits] = hamiltonian.QubitCount,
            [VqeMetrics.MeasurementGroups] = observable.Groups.Count,
            [VqeMetrics.Iterations] = result.Iterations,
            [VqeMetrics.FinalEstimate] = result.Trace.Count > 0 ? result.Trace[^1] : result.Energy,
            [MetricNames.FitSeconds] = seconds,
            [MetricNames.CircuitEvaluations] = result.CircuitEvaluations,
            [MetricNames.QSharpRuns] = result.QSharpRuns,
            [MetricNames.Shots] = mode.Kind == ExecutionKind.Exact ? 0 : (double)result.CircuitEvaluations * mode.Shots * (mode.Kind == ExecutionKind.SampledInHost ? observable.Groups.Count : 1),
        };
        if (multi.Starts.Count > 1)
        {
            metrics[VqeMetrics.Starts] = multi.Starts.Count;
            metrics[VqeMetrics.StartsReached] = multi.Reached;
            foreach (var start in multi.Starts) metrics[$"{VqeMetrics.StartErrorPrefix}{start.Index}"] = Math.Abs(start.Result.Energy - exact.Energy);
        }
                if (instance.Value is { } bond) metrics[VqeMetrics.BondLength] = bond;
        if (hartreeFock is { } hf) metrics[VqeMetrics.HartreeFockEnergy] = hf;
        if (model.Sweep is { } sweep) metrics[VqeMetrics.SweepPrefix + sweep.Field] = sweep.Value;
        var epochs = result.Trace.Select((e, i) => new EpochRecord(i + 1, e, double.NaN)).ToList();
        var circuit = seed == spec.Seeds[0]
            ? await CircuitCapture.TraceAsync(runtime, project, $"({ansatz.Expression})({QSharpLiteral.Array(result.Parameters)}, _)", ansatz.Qubits, $"{name}, optimized", ct).ConfigureAwait(false)
            : null;
        return new RunRecord(name, "quantum", seed, metrics, epochs, [], []) { Group = model.Base, Instance = instance.Label, Circuit = circuit, Engines = EngineRecord.Of(evaluator.Engines) };
    }

    /// <summary>The Hartree-Fock occupation of H2's two electrons: the first two spin orbitals (Jordan-Wigner order), or
    /// both qubits of the reduced mapping.</summary>
    private static bool[] HartreeFockBits(int qubits) => [.. Enumerable.Range(0, qubits).Select(q => q < 2)];

    private static (PauliSum Hamiltonian, double? HartreeFock) Build(HamiltonianSpec h, HamiltonianInstanceSpec instance)
    {
        var boundary = h.Periodic ? ChainBoundary.Periodic : ChainBoundary.Open;
        try
        {
            return h.Source switch
            {
                "tfim" => (SpinChains.TransverseFieldIsing(h.Qubits, h.Coupling, h.Field, boundary), null),
                "xxz" => (SpinChains.HeisenbergXxz(h.Qubits, h.Coupling, h.Delta, boundary), null),
                "pauli" => (PauliSum.Parse(h.Terms!), null),
                _ => H2(h, instance.Value!.Value),
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IOException)
        {
            throw new SpecException($"{h.Location}: {e.Message}");
        }
    }

    private static (PauliSum, double?) H2(HamiltonianSpec h, double bondLength)
    {
        var path = h.Path!;
        if (!File.Exists(path)) throw new SpecException($"{h.Location}.path: no such file {path}");
        BondLengthPoint point;
        try
        {
            point = BondLengthScan.Load(path).At(bondLength);
        }
        catch (KeyNotFoundException e)
        {
            throw new SpecException($"{h.Location}.bond_lengths: {e.Message}");
        }
        return (h.Mapping == "reduced" ? point.Reduced : point.JordanWigner, point.HartreeFockEnergy);
    }
}
