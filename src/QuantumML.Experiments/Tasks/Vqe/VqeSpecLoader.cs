using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Catalogues;
using QuantumML.Experiments.Specs;
using QuantumML.Gradients;
using QuantumML.Hamiltonians;
using QuantumML.Optimization;
using QuantumML.Quantum;
using QuantumML.Settings;
using QuantumML.Vqe;

namespace QuantumML.Experiments.Tasks.Vqe;

/// <summary>Reads a <c>"task": "vqe"</c> spec.</summary>
public static class VqeSpecLoader
{
    /// <summary>The Hamiltonian sources.</summary>
    public static readonly string[] Sources = ["h2", "tfim", "xxz", "pauli"];

    private static readonly string[] Sweepable = ["layers", "shots", "iterations"];

    /// <summary>The <c>"init"</c> that starts from the Hartree-Fock state (the first start exactly, the others within
    /// ±init_scale of it in every angle).</summary>
    public const string NearHartreeFock = "near-hf";

    /// <summary>Most starts of a multi-start configuration.</summary>
    public const int MaxStarts = 100;

    /// <summary>Parses the spec whose root is <paramref name="root"/>.</summary>
    public static VqeSpec Parse(SettingsReader root, bool checkFiles)
    {
        var name = TaskSpecLoader.NameOf(root);
        var description = root.OptionalText("description") ?? "";
        var hamiltonian = ParseHamiltonian(root.Section("hamiltonian") ?? throw root.Error("$.hamiltonian is required"), checkFiles);
        var seeds = SeedList.Read(root, [1]);
        var models = new List<VqeModelSpec>();
        foreach (var (node, path) in root.Array("models"))
        {
            var expanded = ParseModel(new SettingsReader(node, path, root.File), hamiltonian);
            foreach (var m in expanded)
            {
                if (models.Any(o => o.Name == m.Name)) throw root.Error($"{path}.name '{m.Name}' is used twice; give each configuration a unique name");
                models.Add(m);
            }
        }
        if (models.Count == 0) throw root.Error("$.models must list at least one configuration");
        root.RejectUnknown("task");
        return new VqeSpec(name, description, hamiltonian, seeds, models, root.Raw);
    }

    private static HamiltonianSpec ParseHamiltonian(SettingsReader h, bool checkFiles)
    {
        var source = h.Choice("source", "", Sources);
        bool Uses(params string[] sources) => sources.Contains(source, StringComparer.Ordinal);
        string? path = null;
        var mapping = "jordan-wigner";
        var instances = new List<HamiltonianInstanceSpec>();
        if (source == "h2")
        {
            path = h.FilePath("path", checkFiles);
            mapping = h.Choice("mapping", "jordan-wigner", "jordan-wigner", "reduced");
            var lengths = h.Numbers("bond_lengths") ?? throw h.Error($"{h.Path}.bond_lengths is required: the bond lengths (Å) to solve, e.g. [0.735]");
            if (lengths.Length == 0) throw h.Error($"{h.Path}.bond_lengths must list at least one bond length");
            if (lengths.Distinct().Count() != lengths.Length) throw h.Error($"{h.Path}.bond_lengths lists a length twice");
            instances.AddRange(lengths.Select(r => new HamiltonianInstanceSpec(string.Create(CultureInfo.InvariantCulture, $"r={r:0.###}"), r)));
        }
        else
        {
            instances.Add(new HamiltonianInstanceSpec(source, null));
        }
        var spec = new HamiltonianSpec(
            source,
            instances,
            path,
            mapping,
            Uses("tfim", "xxz") ? h.Whole("qubits", 4, 2, 20) : 0,
            Uses("tfim", "xxz") ? h.Number("j", 1.0, -1e6, 1e6) : 0,
            Uses("tfim") ? h.Number("h", 1.0, -1e6, 1e6) : 0,
            Uses("xxz") ? h.Number("delta", 1.0, -1e6, 1e6) : 0,
            Uses("tfim", "xxz") && h.Flag("periodic", false),
            Uses("pauli") ? PauliTerms(h) : null,
            $"{h.File}: {h.Path}");
        h.RejectUnknown();
        return spec;
    }

    /// <summary>The text of a pauli Hamiltonian, parsed here so that a typo or a sum too wide to diagonalize exactly is
    /// named before anything runs.</summary>
    private static string PauliTerms(SettingsReader h)
    {
        var terms = h.Text("terms");
        int qubits;
        try
        {
            qubits = PauliSum.Parse(terms).QubitCount;
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw h.Error($"{h.Path}.terms: {e.Message}");
        }
        if (qubits > SpecLimits.MaxHamiltonianQubits)
            throw h.Error($"{h.Path}.terms acts on {qubits} qubits; the exact ground energy is computed for at most {SpecLimits.MaxHamiltonianQubits}");
        return terms;
    }

    private static List<VqeModelSpec> ParseModel(SettingsReader m, HamiltonianSpec hamiltonian)
    {
        var baseName = m.OptionalText("name") ?? m.Text("ansatz");
        var ansatzName = m.Text("ansatz");
        var countFunction = m.OptionalText("parameter_count");
        var ansatz = VqeAnsatzCatalogue.Resolve(ansatzName, countFunction)
            ?? throw m.Error($"{m.Path}.ansatz is '{ansatzName}'; allowed: {string.Join(", ", VqeAnsatzCatalogue.Catalogue.Names)}, or a Q# operation's full name such as Ansatzes.ApplyHardwareEfficientAnsatz");
        if (countFunction is not null && VqeAnsatzCatalogue.Catalogue.Find(ansatzName) is not null)
            throw m.Error($"{m.Path}.parameter_count applies to an ansatz named by its Q# operation; '{ansatzName}' counts its own");
        if (ansatz.Hamiltonians is { } sources && !sources.Contains(hamiltonian.Source, StringComparer.Ordinal))
            throw m.Error($"{m.Path}.ansatz '{ansatzName}' {string.Format(CultureInfo.InvariantCulture, ansatz.Fits ?? "does not fit this Hamiltonian, {0}", hamiltonian.Source)}");
        var noise = NoiseSettings.Read(m);
        var sweeps = Sweepable.Where(f => m.Raw[f] is JsonArray).ToList();
        if (noise is { IsSweep: true }) sweeps.Add("noise");
        if (sweeps.Count > 1) throw m.Error($"{m.Path}: only one field may list values (a sweep); {string.Join(" and ", sweeps)} both do");
        var sweep = sweeps.FirstOrDefault();
        int[] values = sweep is null ? [0] : sweep == "noise" ? [.. Enumerable.Range(0, noise!.Levels.Count)] : m.Integers(sweep)!;
        if (values.Length == 0) throw m.Error($"{m.Path}.{sweep} must list at least one value");
        int Field(string field, int fallback, int min, int max, int point)
        {
            if (field != sweep) return m.Whole(field, fallback, min, max);
            if (point < min || point > max) throw m.Error($"{m.Path}.{field} value {point} is outside [{min}, {max}]");
            return point;
        }
        var optimizer = OptimizerCatalogue.Catalogue.Read(m, "optimizer", OptimizerCatalogue.Lbfgs);
        var execution = QuantumFields.Execution.Read(m);
        if (noise is not null && execution != "shots")
            throw m.Error($"{m.Path}.noise needs \"execution\": \"shots\" (noise acts on circuits measured in Q#; exact and sampled energies have none)");
        var gradient = m.Choice("gradient", "auto", ["auto", .. GradientCatalogue.ForVqe]);
        var engine = QuantumFields.Engine.Read(m);
        var learningRate = m.Number("learning_rate", 0.05, 1e-9, 100);
        var init = m.Choice("init", ansatz.Init, "zeros", "random", NearHartreeFock);
        var initScale = m.Number("init_scale", 0.1, 0, 10);
        var starts = m.Whole("starts", 1, 1, MaxStarts);
        if (init == NearHartreeFock && (hamiltonian.Source != "h2" || ansatz.Name != "hardware-efficient"))
            throw m.Error($"{m.Path}.init: {NearHartreeFock} starts from the parameters that prepare the Hartree-Fock state, known for the hardware-efficient ansatz on an h2 Hamiltonian; here the ansatz is '{ansatzName}' and the Hamiltonian {hamiltonian.Source} (use random)");
        if (starts > 1 && init == "zeros")
            throw m.Error($"{m.Path}.starts is {starts} but init is zeros: every start would be the same; use init random or {NearHartreeFock}");
        var derivativeFree = optimizer.Kind == OptimizerKind.DerivativeFree;
        if (derivativeFree) gradient = "none";
        else if (gradient == "auto") gradient = execution == "exact" && engine == "compiled" ? GradientCatalogue.Adjoint : ansatz.ShiftRuleApplies ? GradientCatalogue.ParameterShift : GradientCatalogue.FiniteDifference;
        if (gradient == GradientCatalogue.Adjoint && (execution != "exact" || engine != "compiled"))
            throw m.Error($"{m.Path}.gradient: the adjoint method differentiates exact states on the compiled engine; with execution '{execution}' and engine '{engine}' use parameter-shift (where the shift rule is exact) or finite-difference");
        if (gradient == GradientCatalogue.ParameterShift && !ansatz.ShiftRuleApplies)
            throw m.Error($"{m.Path}.gradient: the parameter-shift rule is not exact for {ansatzName} ({ansatz.NoShiftRule}); use finite-difference in exact mode, or optimizer spsa or nelder-mead");
        if (gradient == GradientCatalogue.FiniteDifference && execution != "exact")
            throw m.Error($"{m.Path}.gradient: finite differences drown in shot noise; with execution '{execution}' use parameter-shift (where the shift rule is exact) or optimizer spsa");
        var list = new List<VqeModelSpec>();
        foreach (var point in values)
        {
            var layers = Field("layers", 1, 1, 200, point);
            var iterations = Field("iterations", 100, 1, 1_000_000, point);
            var shots = Field("shots", 1000, 1, 10_000_000, point);
            var level = noise is null ? null : noise.Levels[sweep == "noise" ? point : 0];
            var name = sweep switch
            {
                null => baseName,
                "noise" => $"{baseName}[{level!.Label}]",
                _ => $"{baseName}[{sweep}={point}]",
            };
            (string, double)? at = sweep switch
            {
                null => null,
                "noise" => (level!.Kind, level.Strength),
                _ => (sweep, point),
            };
            list.Add(new VqeModelSpec(name, baseName, ansatzName, layers, optimizer.Name, iterations, learningRate, gradient, execution, shots, init, initScale, at, m.Path) { Noise = level, Engine = engine, Entry = ansatz, Starts = starts });
        }
        m.RejectUnknown("name");
        return list;
    }
}
