using System.Text.Json.Nodes;
using QuantumML.Baselines;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.ModelSelection;
using QuantumML.Models;
using QuantumML.QSharp;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Running;

public sealed class SweepRunnerTests
{
    private static readonly Lazy<(QSharpRuntime Runtime, QSharpProject Project)> Quantum = new(() =>
        (new QSharpRuntime(new QSharpRuntimeOptions { Workers = 1 }), QSharpProject.Load(Path.Combine(Path.GetDirectoryName(Specs.SpecLoaderTests.FindExperiments())!, "quantum"))));

    private static ModelFactory Factory => new(Quantum.Value.Runtime, Quantum.Value.Project);

    /// <summary>Moons with heavy noise: one nearest neighbour follows the noise, and a neighbourhood as large as the
    /// training folds predicts from the class balance alone, so a moderate k is best by construction (k = 15 leads
    /// k = 1 by 3.5 to 11 points of CV accuracy on these seeds, and k = 135 is at chance).</summary>
    private static ClassificationSpec NoisyMoons(string model) => ClassificationSpecLoader.Parse($$"""
        {
          "name": "sweep-runner",
          "dataset": { "source": "moons", "samples": 200, "noise": 0.5 },
          "seeds": [1, 2, 3],
          "models": [ {{model}} ]
        }
        """, "sweep-runner.json");

    private static Task<ExperimentResult> RunAsync(ClassificationSpec spec) => new ClassificationRunner(spec, Factory, "test", 2).RunAsync();

    [Fact]
    public async Task GridSearchFindsTheKnownBestK()
    {
        var result = await RunAsync(NoisyMoons("""{ "name": "knn", "type": "knn", "grid": { "k": [1, 15, 135] }, "cv": { "folds": 5 } }"""));

        var choices = SweepSelection.Choose(result);
        Assert.Equal([1, 2, 3], choices.Select(c => c.Seed));
        Assert.All(choices, c => Assert.Equal("knn[k=15]", c.Selected.Model));
        Assert.All(choices, c => Assert.Equal(3, c.Candidates.Count));
        // The selected model's result is the candidate's test score, under the model's own name.
        var view = SweepSelection.View(result);
        Assert.Equal(["knn", "knn", "knn"], view.Runs.Select(r => r.Model));
        Assert.Equal(choices.Select(c => c.Selected.Metrics[MetricNames.TestAccuracy]), view.Runs.Select(r => r.Metrics[MetricNames.TestAccuracy]));
    }

    [Fact]
    public async Task EachCandidateIsCrossValidatedOnTheTrainingSplitOfItsSeed()
    {
        var spec = NoisyMoons("""{ "name": "knn", "type": "knn", "grid": { "k": [1, 7] }, "cv": { "folds": 4 } }""");
        var result = await RunAsync(spec);

        Assert.Equal(6, result.Runs.Count);
        foreach (var run in result.Runs)
        {
            // The same folds of the same training split, scored again outside the runner, give the same fold accuracies:
            // the runner's cross-validation saw this training split, and nothing else.
            var (train, _) = DataPreparation.Prepare(spec, run.Seed);
            var k = run.Sweep!.Values["k"].GetValue<int>();
            var again = await CrossValidation.ScoreAsync(() => new KNearestNeighbors(new KNearestNeighborsOptions { K = k }), train, 4, new Random(run.Seed));
            Assert.Equal(again.FoldAccuracies, run.Sweep.FoldAccuracies);
            Assert.Equal(again.Mean, run.Metrics[MetricNames.CvAccuracy]);
            Assert.Equal(("knn", "grid", 2), (run.Sweep.Model, run.Sweep.Method, run.Sweep.Candidates));
            Assert.Equal("knn", run.Group);
        }
    }

    [Fact]
    public async Task ACandidateValueOutOfRangeNamesTheCandidateAndTheSweep()
    {
        var e = await Assert.ThrowsAsync<SpecException>(() => RunAsync(NoisyMoons("""{ "name": "knn", "type": "knn", "grid": { "k": [3, 0] } }""")));
        Assert.Equal("sweep-runner.json: $.models[0].k is 0; it must be in [1, 10000] (in candidate 'knn[k=0]' of $.models[0].grid)", e.Message);
    }

    [Fact]
    public async Task MoreFoldsThanAClassHasTrainingSamplesIsRefused()
    {
        var e = await Assert.ThrowsAsync<SpecException>(() => RunAsync(NoisyMoons("""{ "name": "knn", "type": "knn", "grid": { "k": [1, 3] }, "cv": { "folds": 90 } }""")));
        Assert.Contains("$.models[0].cv.folds is 90, but seed 1's training split has only 70 sample(s) of class", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A value each tunable field accepts, for the consistency check below.</summary>
    private static readonly Dictionary<string, JsonNode> Samples = new(StringComparer.Ordinal)
    {
        ["encoding"] = "Encodings.ApplyAngleEncoding", ["ansatz"] = "Ansatzes.ApplyHardwareEfficientAnsatz", ["qubits"] = 2,
        ["layers"] = 2, ["uploads"] = 2, ["epochs"] = 3, ["batch_size"] = 4, ["optimizer"] = "sgd", ["learning_rate"] = 0.1,
        ["gradient"] = "finite-difference", ["loss"] = "hinge", ["shots"] = 50, ["c"] = 2.0, ["l2"] = 0.1, ["max_iterations"] = 10,
        ["kernel"] = "poly", ["gamma"] = 0.5, ["degree"] = 2, ["hidden"] = new JsonArray(4, 4), ["k"] = 3,
        ["schedule"] = new JsonObject { ["kind"] = "cosine" }, ["early_stopping"] = new JsonObject { ["patience"] = 2 },
    };

    [Theory]
    [InlineData("vqc", """ "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz" """)]
    [InlineData("qsvc", """ "encoding": "Encodings.ApplyAngleEncoding" """)]
    [InlineData("logistic-regression", """ "optimizer": "adam" """)]
    [InlineData("svm", """ "kernel": "poly" """)]
    [InlineData("mlp", "")]
    [InlineData("knn", "")]
    public void EveryTunableFieldIsOneTheFactoryReads(string type, string required)
    {
        foreach (var field in ClassifierCatalogue.Catalogue[type].Tunable)
        {
            var fixedFields = string.Join(", ", required.Split(", ", StringSplitOptions.RemoveEmptyEntries).Where(f => !f.Contains($"\"{field}\"", StringComparison.Ordinal)));
            var spec = ClassificationSpecLoader.Parse($$"""
                {
                  "name": "tunable",
                  "dataset": { "source": "moons", "samples": 40 },
                  "models": [ { "type": "{{type}}", {{(fixedFields.Length > 0 ? fixedFields + "," : "")}} "grid": { "{{field}}": [{{Samples[field].ToJsonString()}}] } } ]
                }
                """, "tunable.json");
            // Throws, naming the field, if the factory does not read it for this type (or refuses the sample value).
            Factory.Validate(spec, 2);
        }
    }
}
