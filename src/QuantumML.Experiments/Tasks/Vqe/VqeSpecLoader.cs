using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Hamiltonians;

namespace QuantumML.Experiments.Tasks.Vqe;

/// <summary>Reads a <c>"task": "vqe"</c> spec.</summary>
public static class VqeSpecLoader
{
    /// <summary>The Hamiltonian sources.</summary>
    public static readonly string[] Sources = ["h2", "tfim", "xxz", "pauli"];

    /// <summary>The ansatzes.</summary>
    public static readonly string[] Ansatzes = ["hardware-efficient", "strongly-entangling", "hva", "ucc"];

    /// <summary>The optimizers.</summary>
    public static readonly string[] Optimizers = ["lbfgs", "adam", "sgd", "rmsprop", "spsa", "nelder-mead"];

    private static readonly string[] Sweepable = ["layers", "shots", "iterations"];

    /// <summary>Parses the spec whose root is <paramref name="root"/>.</summary>
    public static VqeSpec Parse(SettingsReader root, bool checkFiles)
    {
        var name = ClassificationSpecLoader.NameOf(root);
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
            path = ClassificationSpecLoader.PathField(h, "path", checkFiles);
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
        var ansatz = m.Choice("ansatz", "", Ansatzes);
        if (ansatz == "hva" && hamiltonian.Source is not ("tfim" or "xxz"))
            throw m.Error($"{m.Path}.ansatz 'hva' is built from a tfim or xxz chain; this Hamiltonian is {hamiltonian.Source} (use hardware-efficient)");
        if (ansatz == "ucc" && hamiltonian.Source != "h2")
            throw m.Error($"{m.Path}.ansatz 'ucc' is the H2 double excitation; this Hamiltonian is {hamiltonian.Source}");
        var noise = NoiseSpec.Read(m);
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
        var optimizer = m.Choice("optimizer", "lbfgs", Optimizers);
        var execution = m.Choice("execution", "exact", "exact", "sampled", "shots");
        if (noise is not null && execution != "shots")
            throw m.Error($"{m.Path}.noise needs \"execution\": \"shots\" (noise acts on circuits measured in Q#; exact and sampled energies have none)");
        var gradient = m.Choice("gradient", "auto", "auto", "adjoint", "parameter-shift", "finite-difference");
        var engine = m.Choice("engine", "compiled", "compiled", "qdk");
        var learningRate = m.Number("learning_rate", 0.05, 1e-9, 100);
        var init = m.Choice("init", ansatz == "hardware-efficient" || ansatz == "strongly-entangling" ? "random" : "zeros", "zeros", "random");
        var initScale = m.Number("init_scale", 0.1, 0, 10);
        var derivativeFree = optimizer is "spsa" or "nelder-mead";
        if (derivativeFree) gradient = "none";
        else if (gradient == "auto") gradient = execution == "exact" && engine == "compiled" ? "adjoint" : ansatz == "hva" ? "finite-difference" : "parameter-shift";
        if (gradient == "adjoint" && (execution != "exact" || engine != "compiled"))
            throw m.Error($"{m.Path}.gradient: the adjoint method differentiates exact states on the compiled engine; with execution '{execution}' and engine '{engine}' use parameter-shift (not for hva) or finite-difference");
        if (gradient == "parameter-shift" && ansatz == "hva")
            throw m.Error($"{m.Path}.gradient: the parameter-shift rule is not exact for hva (each angle drives a whole layer of gates); use finite-difference in exact mode, or optimizer spsa or nelder-mead");
        if (gradient == "finite-difference" && execution != "exact")
            throw m.Error($"{m.Path}.gradient: finite differences drown in shot noise; with execution '{execution}' use parameter-shift (not for hva) or optimizer spsa");
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
            list.Add(new VqeModelSpec(name, baseName, ansatz, layers, optimizer, iterations, learningRate, gradient, execution, shots, init, initScale, at, m.Path) { Noise = level, Engine = engine });
        }
        m.RejectUnknown("name");
        return list;
    }
}
