using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.QSharp;

namespace QuantumML.Experiments.Specs;

/// <summary>One noise level of a model: the model's noise kind, its strength, and the simulator's noise.</summary>
/// <param name="Kind">depolarizing, bit_flip, phase_flip, loss or pauli.</param>
/// <param name="Strength">The probability swept (for pauli, px + py + pz).</param>
/// <param name="Noise">What the simulator applies after every gate.</param>
public sealed record NoiseLevel(string Kind, double Strength, PauliNoise Noise)
{
    /// <summary>A label for metric keys and job names, e.g. <c>depolarizing=0.01</c>.</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{Kind}={Strength:0.#####}");
}

/// <summary>Reads a model's <c>"noise"</c> field: <c>[px, py, pz]</c>, or one of
/// <c>{"depolarizing": p}</c>, <c>{"bit_flip": p}</c>, <c>{"phase_flip": p}</c>, <c>{"loss": p}</c>,
/// <c>{"pauli": [px, py, pz]}</c>, where p may be a list of levels (a noise sweep).</summary>
public static class NoiseSpec
{
    /// <summary>The kinds of noise a spec may name.</summary>
    public static readonly string[] Kinds = ["depolarizing", "bit_flip", "phase_flip", "loss", "pauli"];

    /// <summary>The levels the field asks for, or null when the model has no noise; a list of levels is a sweep.</summary>
    public static NoiseField? Read(SettingsReader s)
    {
        if (!s.Has("noise")) return null;
        var path = $"{s.Path}.noise";
        var node = s.Raw["noise"];
        List<NoiseLevel> levels;
        var sweep = false;
        if (node is JsonArray)
        {
            var v = s.Numbers("noise")!;
            if (v.Length != 3) throw s.Error($"{path} must be [px, py, pz], or an object such as {{\"depolarizing\": 0.01}}");
            levels = [new NoiseLevel("pauli", v.Sum(), new PauliNoise(v[0], v[1], v[2]))];
        }
        else
        {
            var section = s.Section("noise") ?? throw s.Error($"{path} must be an object");
            var kinds = section.Raw.Select(kv => kv.Key).ToList();
            if (kinds.Count != 1 || !Kinds.Contains(kinds[0], StringComparer.Ordinal))
                throw s.Error($"{path} must name exactly one kind of noise: {string.Join(", ", Kinds)}");
            var kind = kinds[0];
            if (kind == "pauli")
            {
                var v = section.Numbers("pauli");
                if (v is null || v.Length != 3) throw s.Error($"{path}.pauli must be [px, py, pz]");
                levels = [new NoiseLevel("pauli", v.Sum(), new PauliNoise(v[0], v[1], v[2]))];
            }
            else
            {
                sweep = section.Raw[kind] is JsonArray;
                var values = sweep ? section.Numbers(kind)! : [section.Number(kind, 0, 0, 1)];
                if (values.Length == 0) throw s.Error($"{path}.{kind} must list at least one level");
                if (values.Distinct().Count() != values.Length) throw s.Error($"{path}.{kind} lists a level twice");
                levels = values.Select(p => new NoiseLevel(kind, p, kind switch
                {
                    "depolarizing" => PauliNoise.Depolarizing(p),
                    "bit_flip" => PauliNoise.BitFlip(p),
                    "phase_flip" => PauliNoise.PhaseFlip(p),
                    _ => PauliNoise.QubitLoss(p),
                })).ToList();
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
}

/// <summary>A model's noise: one level, or a sweep of levels.</summary>
/// <param name="Levels">The levels, in the spec's order.</param>
/// <param name="IsSweep">Whether the spec listed levels (a sweep) rather than giving one.</param>
public sealed record NoiseField(IReadOnlyList<NoiseLevel> Levels, bool IsSweep);
