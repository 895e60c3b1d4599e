using QuantumML.Data;
using QuantumML.Fairness;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>The spec's sensitive feature in one seed's data: planted (when asked) before the split, taken out of both
/// splits after it, with the test samples' groups named as in the whole dataset.</summary>
internal static class SensitiveData
{
    /// <summary>The data with the planted column (null when the column is the data's own), the group names over the whole
    /// dataset, and the favourable label.</summary>
    /// <param name="spec">The spec's fairness section.</param>
    /// <param name="data">The seed's dataset.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="error">Makes a message naming the spec file into an exception.</param>
    public static (Dataset? Data, string[]? GroupNames, int PositiveClass) Plant(FairnessSpec spec, Dataset data, int seed, Func<string, SpecException> error)
    {
        var positive = 1;
        if (spec.PositiveClass is { } name)
        {
            positive = Array.IndexOf(data.ClassNames, name);
            if (positive < 0) throw error($"$.fairness.positive_class '{name}' is not a class of the data; its classes: {string.Join(", ", data.ClassNames)}");
        }
        Dataset? planted = null;
        if (spec.PlantedGap is { } gap)
        {
            if (data.FeatureNames.Contains(spec.Column))
                throw error($"$.fairness.column '{spec.Column}' is already a feature of the data; plant the group under another name");
            // A generator of its own, so that the split and everything after it are those of the same spec without fairness.
            planted = PlantedGroup.Add(data, gap, new Random(Randomness.DerivedSeed.Of(seed, 11)), positive, spec.Column);
        }
        try
        {
            return (planted, SensitiveFeature.Take(planted ?? data, spec.Column, keepAsFeature: true).Feature.GroupNames, positive);
        }
        catch (ArgumentException e)
        {
            throw error($"$.fairness.sensitive: {e.Message.Split(" (Parameter")[0]}");
        }
    }

    /// <summary>Both splits without the column (unless kept), and the test samples' groups indexed into <paramref name="groupNames"/>.</summary>
    public static (Dataset Train, Dataset Test, SensitiveFeature TestGroups) Take(FairnessSpec spec, Dataset train, Dataset test, string[] groupNames)
    {
        var (trainData, _) = SensitiveFeature.Take(train, spec.Column, spec.KeepAsFeature);
        var (testData, feature) = SensitiveFeature.Take(test, spec.Column, spec.KeepAsFeature);
        var groups = feature.Groups.Select(g => Array.IndexOf(groupNames, feature.GroupNames[g])).ToArray();
        return (trainData, testData, new SensitiveFeature(spec.Column, groupNames, groups));
    }
}
