using System.Globalization;

namespace QuantumML.Experiments.Running;

/// <summary>Shard K of N: the (model, seed) jobs whose index in spec order is K − 1 modulo N.</summary>
/// <param name="Index">K, 1-based; range 1 ≤ K ≤ N.</param>
/// <param name="Count">N; range ≥ 1.</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Parses <c>K/N</c>, as job arrays pass it (e.g. <c>$((SLURM_ARRAY_TASK_ID))/4</c>).</summary>
    public static Shard Parse(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && k >= 1 && k <= n)
        {
            return new Shard(k, n);
        }
        throw new FormatException($"'{text}' is not a shard; expected K/N with 1 ≤ K ≤ N, such as 2/4.");
    }

    /// <summary>Whether job <paramref name="jobIndex"/> (0-based, spec order) belongs to this shard.</summary>
    public bool Contains(int jobIndex) => jobIndex % Count == Index - 1;

    /// <summary>K-of-N, for folder names.</summary>
    public override string ToString() => $"{Index}-of-{Count}";
}
