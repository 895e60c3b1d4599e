using System.Globalization;
using QuantumML.Data;

namespace QuantumML.Fairness;

/// <summary>A sensitive feature: every sample's group (an index into <see cref="GroupNames"/>), such as a planted
/// "group" column or a CSV column of numeric codes.</summary>
/// <param name="Name">The feature's name (its column).</param>
/// <param name="GroupNames">The groups, by index.</param>
/// <param name="Groups">Each sample's group.</param>
public sealed record SensitiveFeature(string Name, string[] GroupNames, int[] Groups)
{
    /// <summary>More distinct values than this in a column is a continuous feature, not a group.</summary>
    public const int MaxGroups = 50;

    /// <summary>Number of groups.</summary>
    public int GroupCount => GroupNames.Length;

    /// <summary>The samples at <paramref name="indices"/>, as <see cref="Dataset.Subset"/> takes them.</summary>
    public SensitiveFeature Subset(IReadOnlyList<int> indices) => this with { Groups = indices.Select(i => Groups[i]).ToArray() };

    /// <summary>Takes the sensitive feature from feature column <paramref name="column"/> of <paramref name="data"/>: its distinct
    /// values, in increasing order, are the groups (named by the value). The column leaves the features unless
    /// <paramref name="keepAsFeature"/> (then the model may use it, as a fairness-unaware model of such data would).</summary>
    /// <remarks>Taking the column after the split keeps the groups aligned with whatever rows each split holds.</remarks>
    /// <exception cref="ArgumentException">No such column, or more than <see cref="MaxGroups"/> distinct values.</exception>
    public static (Dataset Data, SensitiveFeature Feature) Take(Dataset data, string column, bool keepAsFeature = false)
    {
        var index = Array.IndexOf(data.FeatureNames, column);
        if (index < 0) throw new ArgumentException($"The dataset has no column '{column}'; its feature columns are {string.Join(", ", data.FeatureNames)}.", nameof(column));
        var values = data.Features.Select(row => row[index]).ToArray();
        var distinct = values.Distinct().Order().ToArray();
        if (distinct.Length > MaxGroups)
            throw new ArgumentException($"Column '{column}' has {distinct.Length} distinct values; a sensitive feature has at most {MaxGroups} groups.", nameof(column));
        var feature = new SensitiveFeature(column,
            distinct.Select(v => v.ToString("R", CultureInfo.InvariantCulture)).ToArray(),
            values.Select(v => Array.BinarySearch(distinct, v)).ToArray());
        if (keepAsFeature) return (data, feature);
        var kept = Enumerable.Range(0, data.FeatureCount).Where(j => j != index).ToArray();
        return (data.WithFeatures(data.Features.Select(row => kept.Select(j => row[j]).ToArray()).ToArray(), kept.Select(j => data.FeatureNames[j]).ToArray()), feature);
    }
}
