namespace QuantumML.ModelSelection;

/// <summary>Seeded stratified k-fold splits: every sample lands in exactly one validation fold, and each class
/// is spread over the folds as evenly as its size allows.</summary>
/// <remarks>Written by hand: MathNet.Numerics has no cross-validation splitter. The dealing follows
/// scikit-learn's StratifiedKFold in spirit (shuffle each class, deal its members round the folds), not in its
/// exact assignment.</remarks>
public static class StratifiedKFold
{
    /// <summary>The validation indices of each fold, each in ascending order; together they partition
    /// 0..labels.Length−1.</summary>
    /// <param name="labels">The class of each sample (labels ≥ 0).</param>
    /// <param name="folds">k; range 2 ≤ k ≤ the size of the smallest class present.</param>
    /// <param name="rng">Shuffles each class; the same generator state gives the same folds.</param>
    public static IReadOnlyList<int[]> Folds(IReadOnlyList<int> labels, int folds, Random rng)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var buckets = Enumerable.Range(0, folds).Select(_ => new List<int>()).ToArray();
        var next = 0;
        // Classes in label order, and the deal continues where the last class stopped, so that fold sizes differ by
        // at most one overall as well as within each class.
        foreach (var label in labels.Distinct().Order())
        {
            var members = Enumerable.Range(0, labels.Count).Where(i => labels[i] == label).ToArray();
            if (members.Length < folds)
                throw new ArgumentException($"Class {label} has {members.Length} sample(s), fewer than the {folds} folds; every fold must be able to hold each class.", nameof(folds));
            rng.Shuffle(members);
            foreach (var i in members)
            {
                buckets[next].Add(i);
                next = (next + 1) % folds;
            }
        }
        return buckets.Select(b => b.Order().ToArray()).ToArray();
    }

    /// <summary>The training indices that go with validation fold <paramref name="fold"/>: all the others, ascending.</summary>
    public static int[] Complement(IReadOnlyList<int[]> folds, int fold, int count)
    {
        var held = folds[fold].ToHashSet();
        return Enumerable.Range(0, count).Where(i => !held.Contains(i)).ToArray();
    }
}
