using System.Globalization;
using System.Text.RegularExpressions;

namespace QuantumML.Experiments.Running;

/// <summary>Shard K of N: the (model, seed) jobs whose index in spec order is K − 1 modulo N.</summary>
/// <param name="Index">K, 1-based; range 1 ≤ K ≤ N.</param>
/// <param name="Count">N; range ≥ 1.</param>
public sealed partial record Shard(int Index, int Count)
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

    /// <summary>The shard's own results folder name, <c>shard-K-of-N</c>: every task of a job array derives the same one.</summary>
    public string FolderName => $"shard-{this}";

    /// <summary>The shard a folder named by <see cref="FolderName"/> holds (any parent path); null for other names.</summary>
    public static Shard? FromFolderName(string folder)
    {
        var match = FolderPattern().Match(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));
        if (!match.Success) return null;
        var k = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var n = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return k >= 1 && k <= n ? new Shard(k, n) : null;
    }

    /// <summary>K-of-N, for folder names.</summary>
    public override string ToString() => $"{Index}-of-{Count}";

    [GeneratedRegex(@"^shard-([0-9]{1,6})-of-([0-9]{1,6})$")]
    private static partial Regex FolderPattern();
}
