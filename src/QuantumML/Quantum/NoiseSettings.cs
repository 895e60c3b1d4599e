using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Hamiltonians;
using QuantumML.QSharp;
using QuantumML.Settings;

namespace QuantumML.Quantum;

/// <summary>One noise level of a model: the model's noise kind, its strength, and the simulator's noise.</summary>
/// <param name="Kind">The noise kind (<see cref="NoiseCatalogue"/>).</param>
/// <param name="Strength">The probability swept (for pauli, px + py + pz).</param>
/// <param name="Noise">What the simulator applies after every gate.</param>
public sealed record NoiseLevel(string Kind, double Strength, PauliNoise Noise)
{
    /// <summary>A label for metric keys and job names, e.g. <c>depolarizing=0.01</c>.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Kind}={Strength:0.#####}");
}

/// <summary>A model's noise: one level, or a sweep of levels.</summary>
/// <param name="Levels">The levels, in the spec's order.</param>
/// <param name="IsSweep">Whether the spec listed levels (a sweep) rather than giving one.</param>
public sealed record NoiseField(IReadOnlyList<NoiseLevel> Levels, bool IsSweep);

/// <summary>Reads a model's <c>"noise"</c> field: <c>[px, py, pz]</c>, or an object naming one kind of
/// <see cref="NoiseCatalogue"/>, <c>{"KIND": p}</c> or <c>{"pauli": [px, py, pz]}</c>, where a kind that takes one
/// probability may list levels (a noise sweep).</summary>
public static class NoiseSettings
{
    /// <summary>The levels the field asks for, or null when the model has no noise; a list of levels is a sweep.</summary>
    public static NoiseField? Read(SettingsReader s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var name = QuantumFields.Noise.Name;
        if (!s.Has(name)) return null;
        var path = $"{s.Path}.{name}";
        var node = s.Raw[name];
        List<NoiseLevel> levels;
        var sweep = false;
        if (node is JsonArray)
        {
            levels = [Pauli(s, name, path)];
        }
        else
        {
            var section = s.Section(name) ?? throw s.Error($"{path} must be an object");
            var kinds = section.Raw.Select(kv => kv.Key).ToList();
            var entry = kinds.Count == 1 ? NoiseCatalogue.Catalogue.Find(kinds[0]) : null;
            if (entry is null)
                throw s.Error($"{path} must name exactly one kind of noise: {string.Join(", ", NoiseCatalogue.Catalogue.Names)}");
            if (entry.FromProbability is not { } make)
            {
                levels = [Pauli(section, entry.Name, $"{path}.{entry.Name}")];
            }
            else
            {
                sweep = section.Raw[entry.Name] is JsonArray;
                var values = sweep ? section.Numbers(entry.Name)! : [section.Number(entry.Name, 0, 0, 1)];
                if (values.Length == 0) throw s.Error($"{path}.{entry.Name} must list at least one level");
                if (values.Distinct().Count() != values.Length) throw s.Error($"{path}.{entry.Name} lists a level twice");
                levels = values.Select(p => new NoiseLevel(entry.Name, p, make(p))).ToList();
            }
        }
        foreach (var level in levels)
        {
            try
            {
                level.Noise.Validate();
            }
            catch (ArgumentException e)
            {
                throw s.Error($"{path}: {e.Message}");
            }
        }
        return new NoiseField(levels, sweep);
    }

    /// <summary>A <c>[px, py, pz]</c> level: the field <paramref name="field"/> of <paramref name="s"/>.</summary>
    private static NoiseLevel Pauli(SettingsReader s, string field, string path)
    {
        var v = s.Numbers(field);
        if (v is null || v.Length != 3)
        {
            throw s.Error(field == QuantumFields.Noise.Name
                ? $"{path} must be [px, py, pz], or an object such as {{\"{NoiseCatalogue.Catalogue.Names[0]}\": 0.01}}"
                : $"{path} must be [px, py, pz]");
        }
        return new NoiseLevel(NoiseCatalogue.Pauli, v.Sum(), new PauliNoise(v[0], v[1], v[2]));
    }
}
