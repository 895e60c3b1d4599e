namespace QuantumML.Data;

/// <summary>Seeded train/test splits.</summary>
public static class Split
{
    /// <summary>
    /// Splits every class in proportion: round(count · <paramref name="testFraction"/>) samples of each class go to
    /// the test set, chosen by <paramref name="rng"/>; both parts are then shuffled.
    /// </summary>
    public static (Dataset Train, Dataset Test) Stratified(Dataset d, double testFraction, Random rng)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(rng);
        if (testFraction is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "The test fraction must lie in (0, 1).");
        var train = new List<int>();
        var test = new List<int>();
        // Classes are visited by label, not by first appearance, so the split depends only on the seed and the data.
        for (var c = 0; c < d.ClassCount; c++)
        {
            var members = Enumerable.Range(0, d.Count).Where(i => d.Labels[i] == c).ToArray();
            rng.Shuffle(members);
            var testCount = (int)Math.Round(members.Length * testFraction, MidpointRounding.AwayFromZero);
            test.AddRange(members.Take(testCount));
            train.AddRange(members.Skip(testCount));
        }
        var trainOrder = train.ToArray();
        var testOrder = test.ToArray();
        rng.Shuffle(trainOrder);
        rng.Shuffle(testOrder);
        return (d.Subset(trainOrder), d.Subset(testOrder));
    }
}
