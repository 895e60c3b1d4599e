using QuantumML.Data;
using QuantumML.Experiments.Specs;
using QuantumML.Preprocessing;

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
        var d = spec.Dataset;
        var data = d.Source switch
        {
            "moons" => SyntheticData.Moons(d.Samples, d.Noise, random),
            "circles" => SyntheticData.Circles(d.Samples, d.Noise, d.Factor, random),
            "xor" => SyntheticData.Xor(d.Samples, d.Noise, random),
            "parity" => SyntheticData.Parity(d.Samples, d.Bits, random),
            "blobs" => SyntheticData.Blobs(d.Samples, d.Classes, d.Features, d.Spread, random),
            "adhoc" => SyntheticData.AdHoc(d.Samples, d.Gap, random),
            "csv" => CsvDataset.Load(d.Path!),
            _ => throw new SpecException($"unknown dataset source '{d.Source}'"),
        };
        var (rawTrain, rawTest) = Split.Stratified(data, spec.TestFraction, random);
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
        return new PreparedSplit(rawTrain, rawTest, transforms, train, test);
    }
}
