using System.Text.RegularExpressions;
using QuantumML.Experiments.Specs;
using QuantumML.Landscape;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Landscape;

/// <summary>Reads a <c>"task": "landscape"</c> spec.</summary>
public static partial class LandscapeSpecLoader
{
    /// <summary>Most qubits of a scan: 16 keeps a gradient job of a few hundred draws within minutes on the compiled engine.</summary>
    public const int MaxQubits = 16;

    /// <summary>Fewest qubits of a scan (entanglement and a local cost need two).</summary>
    public const int MinQubits = 2;

    /// <summary>Most layers of a scan.</summary>
    public const int MaxLayers = 100;

    /// <summary>Most random draws (gradients) or pairs (expressibility) per job and seed.</summary>
    public const int MaxDraws = 100_000;

    /// <summary>Most gradient steps of a trajectory.</summary>
    public const int MaxSteps = 10_000;

    /// <summary>Most grid points per axis of a loss landscape.</summary>
    public const int MaxResolution = 101;

    /// <summary>Most histogram bins.</summary>
    public const int MaxBins = 1000;

    /// <summary>Parses the spec whose root is <paramref name="root"/>.</summary>
    public static LandscapeSpec Parse(SettingsReader root)
    {
        var name = TaskSpecLoader.NameOf(root);
        var description = root.OptionalText("description") ?? "";
        var seeds = SeedList.Read(root, [1]);
        var ansatzes = new List<LandscapeAnsatzSpec>();
        foreach (var (node, path) in root.Array("ansatzes"))
        {
            var a = ParseAnsatz(new SettingsReader(node, path, root.File));
            if (ansatzes.FirstOrDefault(o => o.Name == a.Name) is { } other)
                throw root.Error($"{path}.name '{a.Name}' is also the name of {other.Path}; give each ansatz a unique name");
            ansatzes.Add(a);
        }
        if (ansatzes.Count == 0) throw root.Error("$.ansatzes must list at least one ansatz");
        GradientScanSpec? gradients = null;
        if (root.Section("gradients") is { } g)
        {
            gradients = new GradientScanSpec(Sizes(g, "qubits", MinQubits, MaxQubits), Sizes(g, "layers", 1, MaxLayers), g.Whole("draws", 200, 2, MaxDraws));
            g.RejectUnknown();
        }
        ExpressibilityScanSpec? expressibility = null;
        if (root.Section("expressibility") is { } e)
        {
            expressibility = new ExpressibilityScanSpec(Sizes(e, "qubits", MinQubits, MaxQubits), Sizes(e, "layers", 1, MaxLayers),
                e.Whole("pairs", 2000, 1, MaxDraws), e.Whole("bins", QuantumML.Landscape.Expressibility.DefaultBins, 1, MaxBins));
            e.RejectUnknown();
        }
        TrajectorySpec? trajectory = null;
        if (root.Section("trajectory") is { } t)
        {
            trajectory = new TrajectorySpec(t.Whole("qubits", 4, MinQubits, MaxQubits), t.Whole("layers", 2, 1, MaxLayers),
                t.Choice("cost", "local", "global", "local") == "global" ? CostKind.Global : CostKind.Local,
                t.Whole("steps", 100, 1, MaxSteps), t.Number("learning_rate", 0.1, 1e-6, 10), t.Whole("resolution", 25, 2, MaxResolution));
            t.RejectUnknown();
        }
        if (gradients is null && expressibility is null && trajectory is null)
            throw root.Error("$ needs \"gradients\", \"expressibility\" or \"trajectory\": what to scan");
        root.RejectUnknown("task");
        return new LandscapeSpec(name, description, seeds, ansatzes, gradients, expressibility, root.Raw) { Trajectory = trajectory };
    }

    private static LandscapeAnsatzSpec ParseAnsatz(SettingsReader a)
    {
        var ansatz = a.Text("ansatz");
        var name = a.OptionalText("name") ?? ansatz;
        var countFunction = a.OptionalText("parameter_count");
        var shipped = LandscapeAnsatz.Shipped.FirstOrDefault(s => s.Name == ansatz);
        LandscapeAnsatz family;
        if (shipped is not null)
        {
            if (countFunction is not null)
                throw a.Error($"{a.Path}.parameter_count applies to an ansatz named by its Q# operation; '{ansatz}' counts its own");
            family = shipped;
        }
        else if (QSharpName().IsMatch(ansatz) && (countFunction is null || QSharpName().IsMatch(countFunction)))
        {
            family = LandscapeAnsatz.Of(ansatz, ansatz, countFunction);
        }
        else
        {
            throw countFunction is not null && !QSharpName().IsMatch(countFunction) && QSharpName().IsMatch(ansatz)
                ? a.Error($"{a.Path}.parameter_count '{Clip(countFunction)}' must be a Q# function's full name such as Ansatzes.HardwareEfficientParameterCount")
                : a.Error($"{a.Path}.ansatz is '{Clip(ansatz)}'; allowed: {string.Join(", ", LandscapeAnsatz.Shipped.Select(s => s.Name))}, or a Q# operation's full name such as MyAnsatzes.ApplyMyAnsatz (type (Double[], Qubit[]) => Unit is Adj)");
        }
        if (name.Length is 0 or > 40 || !NamePattern().IsMatch(name))
            throw a.Error($"{a.Path}.name '{Clip(name)}' must be 1 to 40 letters, digits, '-', '_' or '.' (it names jobs and plot lines)");
        a.RejectUnknown();
        return new LandscapeAnsatzSpec(name, family with { Name = name }, shipped is not null, a.Path, a.File);
    }

    /// <summary>A non-empty list of distinct integers in [min, max].</summary>
    private static int[] Sizes(SettingsReader s, string field, int min, int max)
    {
        var values = s.Integers(field) ?? throw s.Error($"{s.Path}.{field} is required: a list of {field} counts, e.g. [{min}, {min + 2}]");
        if (values.Length == 0) throw s.Error($"{s.Path}.{field} must list at least one value");
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < min || values[i] > max) throw s.Error($"{s.Path}.{field}[{i}] is {values[i]}; it must be in [{min}, {max}]");
            if (Array.IndexOf(values, values[i]) < i) throw s.Error($"{s.Path}.{field}[{i}] is {values[i]}, listed twice");
        }
        return values;
    }

    private static string Clip(string text) => text.Length > 60 ? text[..60] + "…" : text;

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex NamePattern();

    // A namespace-qualified Q# name: identifiers joined by dots, at least one dot.
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+$")]
    private static partial Regex QSharpName();
}
