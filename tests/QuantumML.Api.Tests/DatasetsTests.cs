using QuantumML.Data;
using QuantumML.Settings;

namespace QuantumML.Api.Tests;

public sealed class DatasetsTests
{
    [Fact]
    public void Moons_AreTheGeneratorsDrawFromTheSeed()
    {
        var data = Datasets.Moons(120, noise: 0.2, seed: 7);
        var direct = SyntheticData.Moons(120, 0.2, new Random(7));
        Assert.Equal(direct.Labels, data.Labels);
        Assert.Equal(direct.Features.SelectMany(r => r), data.Features.SelectMany(r => r));
        Assert.NotEqual(direct.Features.SelectMany(r => r), Datasets.Moons(120, noise: 0.2, seed: 8).Features.SelectMany(r => r));
    }

    [Fact]
    public void Load_ReadsAnyCatalogueEntryAndNamesAWrongField()
    {
        Assert.Equal(3, Datasets.Load("blobs", new { samples = 90, classes = 3 }, seed: 1).ClassCount);
        var unknown = Assert.Throws<SpecException>(() => Datasets.Load("moons", new { samples = 50, nosie = 0.1 }));
        Assert.Contains("settings.nosie is not a known field", unknown.Message, StringComparison.Ordinal);
        var range = Assert.Throws<SpecException>(() => Datasets.Load("moons", new Dictionary<string, object> { ["samples"] = 2 }));
        Assert.Contains("settings.samples", range.Message, StringComparison.Ordinal);
        var source = Assert.Throws<SpecException>(() => Datasets.Load("spirals"));
        Assert.Contains("known: moons, circles", source.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_IsStratifiedAndSeeded()
    {
        var data = Datasets.Moons(100, seed: 1);
        var (train, test) = data.Split(0.3, seed: 2);
        Assert.Equal(70, train.Count);
        Assert.Equal(30, test.Count);
        Assert.Equal(15, test.Labels.Count(l => l == 0));
        Assert.Equal(test.Labels, data.Split(0.3, seed: 2).Test.Labels);
    }
}
