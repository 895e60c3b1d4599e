using QuantumML.Settings;

namespace QuantumML.Experiments.Specs;

/// <summary>Reads a spec's <c>"seeds"</c>, the same for every task: at least one, at most <see cref="SpecLimits.MaxSeeds"/>,
/// and none twice (results, resume, shards and merge are keyed on (job, seed), so a repeated seed would be one run
/// claimed twice).</summary>
public static class SeedList
{
    /// <summary>The seeds of <paramref name="root"/>, or <paramref name="fallback"/> when it has none.</summary>
    public static int[] Read(SettingsReader root, int[] fallback)
    {
        ArgumentNullException.ThrowIfNull(root);
        var seeds = root.Integers("seeds") ?? fallback;
        if (seeds.Length == 0) throw root.Error("$.seeds must list at least one seed");
        if (seeds.Length > SpecLimits.MaxSeeds)
            throw root.Error($"$.seeds lists {seeds.Length} seeds; at most {SpecLimits.MaxSeeds}");
        var first = new Dictionary<int, int>();
        for (var i = 0; i < seeds.Length; i++)
        {
            if (!first.TryAdd(seeds[i], i))
                throw root.Error($"$.seeds[{i}] is {seeds[i]}, already given as $.seeds[{first[seeds[i]]}]; list each seed once");
        }
        return seeds;
    }
}
