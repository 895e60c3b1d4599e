using System.Globalization;
using QuantumML.Persistence;
using QuantumML.Settings;
using QuantumML.Training;

namespace QuantumML.Api.Tests;

public sealed class ClassifierTests
{
    [Fact]
    public void Create_NamesAnUnknownTypeOrFieldAndAWrongValue()
    {
        var type = Assert.Throws<SpecException>(() => Classifiers.Create("random-forest"));
        Assert.Contains("unknown classifier type; known: vqc, qsvc,", type.Message, StringComparison.Ordinal);
        var field = Assert.Throws<SpecException>(() => Classifiers.Create("vqc", new { encoding = "Encodings.ApplyAngleEncoding", ansatz = "Ansatzes.ApplyHardwareEfficientAnsatz", layerz = 2 }));
        Assert.StartsWith("Classifiers.Create(\"vqc\"): settings.layerz is not a known field here", field.Message, StringComparison.Ordinal);
        var value = Assert.Throws<SpecException>(() => Classifiers.Create("svm", new { kernel = "rbf", c = "big" }));
        Assert.Contains("settings.c", value.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<SpecException>(() => Classifiers.Create("vqc", new { ansatz = "Ansatzes.ApplyHardwareEfficientAnsatz" }));
        Assert.Contains("settings.encoding is required", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_IsTheAccuracyOfPredict_AndProbabilitiesAreDistributions()
    {
        var (train, test) = Datasets.Moons(200, noise: 0.2, seed: 3).Split(0.3, seed: 3);
        var model = Classifiers.Create("mlp", new { hidden = new[] { 8 }, epochs = 30 }, seed: 2).With(Preprocess.Standardize());
        var epochs = new List<EpochProgress>();
        model.EpochEnded += epochs.Add;
        var report = await model.FitAsync(train);

        Assert.Equal(30, epochs.Count);
        Assert.Equal(report.Epochs.Select(e => e.Loss), epochs.Select(e => e.Loss));
        Assert.All(epochs, e => Assert.True(e.GradientNorm > 0 && double.IsFinite(e.GradientNorm)));
        var predicted = model.Predict(test);
        var byHand = (double)predicted.Where((p, i) => p == test.Labels[i]).Count() / test.Count;
        Assert.Equal(byHand, model.Score(test));
        Assert.InRange(byHand, 0.75, 1.0);
        var proba = model.PredictProba(test);
        Assert.All(proba, row => Assert.Equal(1.0, row.Sum(), 9));
        Assert.Equal(predicted, proba.Select(r => Array.IndexOf(r, r.Max())).ToArray());
    }

    [Fact]
    public async Task OneStepModels_ReportNoEpochs()
    {
        var train = Datasets.Moons(60, seed: 4);
        var progress = new List<EpochProgress>();
        var svm = Classifiers.Svm();
        svm.EpochEnded += progress.Add;
        await svm.FitAsync(train);
        Assert.Empty(progress);
        Assert.InRange(svm.Score(train), 0.8, 1.0);
    }

    [Fact]
    public async Task Predict_BeforeFitOrWithTheWrongWidth_SaysWhy()
    {
        var model = Classifiers.LogisticRegression();
        var early = Assert.Throws<InvalidOperationException>(() => model.Predict([[0.0, 1.0]]));
        Assert.Contains("not trained yet", early.Message, StringComparison.Ordinal);
        await model.FitAsync(Datasets.Moons(40, seed: 1));
        var width = Assert.Throws<ArgumentException>(() => model.Predict([[0.0, 1.0, 2.0]]));
        Assert.Contains("takes 2 features, but a row has 3", width.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plots_SaveAsPngOrSvgOnly()
    {
        var data = Datasets.Moons(40, seed: 1);
        var model = Classifiers.Create("knn", new { k = 3 });
        await model.FitAsync(data);
        var folder = Directory.CreateTempSubdirectory("qml-api-").FullName;
        try
        {
            var plot = await Plots.DecisionRegionsAsync(model, data, size: 10);
            plot.Save(Path.Combine(folder, "r.png"));
            plot.Save(Path.Combine(folder, "r.svg"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(Path.Combine(folder, "r.png"))[..4]);
            Assert.Contains("<svg", File.ReadAllText(Path.Combine(folder, "r.svg")), StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => plot.Save(Path.Combine(folder, "r.jpg")));
            var interval = await Stats.AccuracyAsync(model, data);
            Assert.Equal(model.Score(data), interval.Estimate, 12);
            Assert.True(interval.Lower <= interval.Estimate && interval.Estimate <= interval.Upper);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Load_OfAFileThatIsNoModel_NamesTheFile()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"format\": \"something-else\"}");
            var e = await Assert.ThrowsAsync<ModelFileException>(() => Classifier.LoadAsync(path));
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            Assert.Contains("$.format", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
