using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Fairness;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Running;

/// <summary>A sensitive feature in a classification spec: the groups each run records and the report's fairness section.</summary>
public sealed class FairnessRunnerTests
{
    private static ClassificationSpec Spec(string dataset, string fairness, string seeds = "[1, 2, 3]") => (ClassificationSpec)TaskSpecLoader.Parse($$"""
        {
          "name": "fair",
          "dataset": {{dataset}},
          "fairness": {{fairness}},
          "seeds": {{seeds}},
          "models": [ { "name": "lr", "type": "logistic-regression" }, { "name": "knn", "type": "knn", "k": 5 } ]
        }
        """, Path.Combine(Path.GetTempPath(), "fair.json"), checkFiles: false);

    private static Task<ExperimentResult> RunAsync(ClassificationSpec spec) =>
        new ClassificationRunner(spec, new ModelFactory(TestQuantum.Runtime, TestQuantum.Project), "test", 2).RunAsync();

    [Fact]
    public async Task APlantedGroupIsKeptFromTheModelsAndEachRunsGroupNumbersAreTheMetricFramesOfItsPredictions()
    {
        var spec = Spec("""{ "source": "moons", "samples": 300, "noise": 0.1 }""", """{ "planted_gap": 0.6 }""");
        var split = DataPreparation.PrepareSplit(spec, 1);
        Assert.Equal(2, split.Train.FeatureCount);   // the planted column is not a feature
        Assert.Equal(["0", "1"], split.TestGroups!.GroupNames);
        // Without fairness the same seed gives the same split: the group is planted from a generator of its own.
        var plain = DataPreparation.PrepareSplit(Spec("""{ "source": "moons", "samples": 300, "noise": 0.1 }""", "null"), 1);
        Assert.Equal(plain.Test.Labels, split.Test.Labels);
        Assert.Equal(plain.Test.Features[0], split.Test.Features[0]);

        var result = await RunAsync(spec);
        Assert.Equal(6, result.Runs.Count);
        foreach (var run in result.Runs)
        {
            var f = run.Fairness!;
            var frame = MetricFrame.Compute(MetricFrame.Standard(1), run.TestLabels, run.TestPredictions, f.Feature);
            Assert.Equal(frame.GroupCounts, f.GroupCounts);
            foreach (var (metric, i) in frame.Metrics.Select((m, i) => (m, i))) Assert.Equal(frame.ByGroup[i], f.ByGroup[metric]);
            Assert.Equal(FairnessMetrics.DemographicParityDifference(run.TestLabels, run.TestPredictions, f.Feature), f.DemographicParityDifference);
            Assert.Equal(FairnessMetrics.EqualizedOddsDifference(run.TestLabels, run.TestPredictions, f.Feature), f.EqualizedOddsDifference);
            Assert.Equal(run.TestLabels.Length, f.TestGroups.Length);
            Assert.Equal(split.TestGroups.Groups, result.Runs.First(r => r.Seed == 1).Fairness!.TestGroups);
        }

        // Accurate models that never see the group: selection rates far apart, errors alike.
        var summaries = FairnessSection.Summaries(result);
        Assert.Equal(["lr", "knn"], summaries.Select(s => s.Model));
        Assert.All(summaries, s =>
        {
            Assert.True(s.Summary.SelectionRateGap!.Lower > 0.1, $"{s.Model}: gap {s.Summary.SelectionRateGap}");
            Assert.True(s.Summary.EqualizedOdds!.Estimate < s.Summary.DemographicParity!.Estimate);
        });
        var report = ClassificationReport.Render(result, []);
        Assert.Contains("## Fairness", report, StringComparison.Ordinal);
        Assert.Contains("planted with a base-rate gap of 0.6", report, StringComparison.Ordinal);
        Assert.Contains("| lr | classical | 0 |", report, StringComparison.Ordinal);
        Assert.Contains("| knn | classical | 1 |", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACsvColumnIsTheSensitiveFeature()
    {
        var folder = Directory.CreateTempSubdirectory("qml-fair-").FullName;
        var random = new Random(5);
        var lines = new List<string> { "x,y,sex,label" };
        for (var i = 0; i < 120; i++)
        {
            var label = i % 2;
            lines.Add(FormattableString.Invariant($"{label + random.NextDouble()},{random.NextDouble()},{(random.NextDouble() < 0.5 ? 2 : 7)},{label}"));
        }
        File.WriteAllLines(Path.Combine(folder, "data.csv"), lines);
        var spec = (ClassificationSpec)TaskSpecLoader.Parse("""
            { "name": "fair", "dataset": { "source": "csv", "path": "data.csv" }, "fairness": { "sensitive": "sex" }, "seeds": [1, 2],
              "models": [ { "name": "lr", "type": "logistic-regression" } ] }
            """, Path.Combine(folder, "fair.json"));
        var result = await RunAsync(spec);
        Assert.All(result.Runs, r => Assert.Equal(["2", "7"], r.Fairness!.Groups));
        Assert.Equal(2, DataPreparation.PrepareSplit(spec, 1).Train.FeatureCount);
    }

    [Theory]
    [InlineData("""{ "source": "moons" }""", """{ "sensitive": "sex", "planted_gap": 0.2 }""", "$.fairness needs one of \"sensitive\"")]
    [InlineData("""{ "source": "moons" }""", """{ }""", "$.fairness needs one of")]
    [InlineData("""{ "source": "moons" }""", """{ "planted_gap": 1.5 }""", "$.fairness.planted_gap")]
    [InlineData("""{ "source": "moons" }""", """{ "planted_gap": 0.5, "gap": 1 }""", "$.fairness.gap is not a known field")]
    [InlineData("""{ "source": "moons" }""", """{ "sensitive": "x", "column": "g" }""", "$.fairness.column names a planted group's column")]
    [InlineData("""{ "source": "csv", "path": "d.csv" }""", """{ "planted_gap": 0.5 }""", "$.fairness.planted_gap plants a group in a generated dataset")]
    [InlineData("""{ "source": "moons" }""", "\"sex\"", "$.fairness")]
    public void FairnessFieldErrorsNameTheirField(string dataset, string fairness, string message)
    {
        var e = Assert.Throws<SpecException>(() => Spec(dataset, fairness));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "sensitive": "nope" }""", "$.fairness.sensitive: The dataset has no column 'nope'")]
    [InlineData("""{ "planted_gap": 0.5, "column": "x0" }""", "$.fairness.column 'x0' is already a feature")]
    [InlineData("""{ "planted_gap": 0.5, "positive_class": "7" }""", "$.fairness.positive_class '7' is not a class")]
    public void DataErrorsOfTheSensitiveFeatureNameTheirField(string fairness, string message)
    {
        var spec = Spec("""{ "source": "moons", "samples": 40 }""", fairness);
        var e = Assert.Throws<SpecException>(() => DataPreparation.PrepareSplit(spec, 1));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "fair.json") + ": ", e.Message, StringComparison.Ordinal);
    }
}
