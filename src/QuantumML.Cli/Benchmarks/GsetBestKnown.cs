namespace QuantumML.Cli.Benchmarks;

/// <summary>Best-known cuts of G-set graphs, as listed by Benlic and Hao, "Breakout Local Search for the Max-Cut problem"
/// (2013), and in experiments/data/gset/README.md.</summary>
internal static class GsetBestKnown
{
    private static readonly Dictionary<string, double> s_cuts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["G1"] = 11624, ["G2"] = 11620, ["G3"] = 11622, ["G11"] = 564, ["G14"] = 3064, ["G15"] = 3050,
        ["G22"] = 13359, ["G43"] = 6660, ["G49"] = 6000, ["G50"] = 5880, ["G55"] = 10294, ["G70"] = 9541,
    };

    /// <summary>The best-known cut of <paramref name="instance"/>, or null if not listed.</summary>
    public static double? Of(string instance) => s_cuts.TryGetValue(instance, out var cut) ? cut : null;
}
