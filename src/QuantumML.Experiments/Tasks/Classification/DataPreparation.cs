using System.Globalization;
using QuantumML.Data;
using QuantumML.Preprocessing;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Makes the train and test sets of one seed: generate or load, split, and preprocess (fitted on train).</summary>
public static class DataPreparation
{
    /// <summary>The prepared split for <paramref name="seed"/>; every model of that seed gets exactly these sets.</summary>
    public static (Dataset Train, Dataset Test) Prepare(ClassificationSpec spec, int seed)
    {
        var split = PrepareSplit(spec, seed);
        return (split.Train, split.Test);
    }

    /// <summary>The split for <paramref name="seed"/> before and after preprocessing, with the fitted transforms.</summary>
    public static PreparedSplit PrepareSplit(ClassificationSpec spec, int seed)
    {
        var random = new Random(seed);
        var data = spec.Dataset.Make(random);
        var fairness = spec.Fairness is { } f ? SensitiveData.Plant(f, data, seed, spec.Models[0].Settings.Error) : default;
        if (fairness.Data is not null) data = fairness.Data;
        var (rawTrain, rawTest) = Split.Stratified(data, spec.TestFraction, random);
        Fairness.SensitiveFeature? testGroups = null;
        if (spec.Fairness is { } sensitive)
            (rawTrain, rawTest, testGroups) = SensitiveData.Take(sensitive, rawTrain, rawTest, fairness.GroupNames!);
        var (train, test) = (rawTrain, rawTest);

        var p = spec.Preprocessing;
        var transforms = new List<IFeatureTransform>();
        if (p.Standardize) transforms.Add(new Standardizer());
        if (p.PcaComponents is { } k)
        {
            if (k > train.FeatureCount)
                throw new SpecException($"$.preprocessing.pca is {k}, but the data has only {train.FeatureCount} features");
            transforms.Add(new Pca(k));
        }
        if (p.ScaleRange is { } range) transforms.Add(new MinMaxScaler(range.Min, range.Max));
        foreach (var t in transforms)
        {
            t.Fit(train.Features);
            train = train.WithFeatures(t.Transform(train.Features));
            test = test.WithFeatures(t.Transform(test.Features));
        }
        return new PreparedSplit(rawTrain, rawTest, transforms, train, test) { TestGroups = testGroups, PositiveClass = fairness.PositiveClass };
    }

    /// <summary>Refuses a data set of <paramref name="samples"/> × <paramref name="features"/> values whose copies for
    /// every seed would not fit in memory.</summary>
    public static void CheckHeldValues(ClassificationSpec spec, int samples, int features)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var values = (long)samples * features * spec.Seeds.Count;
        if (values > SpecLimits.MaxHeldValues)
        {
            throw spec.Models[0].Settings.Error(string.Create(CultureInfo.InvariantCulture,
                $"$.dataset: {samples} samples × {features} features × {spec.Seeds.Count} seeds is {values:N0} values held at once; at most {SpecLimits.MaxHeldValues:N0} (use a smaller file or fewer seeds)"));
        }
    }
}
