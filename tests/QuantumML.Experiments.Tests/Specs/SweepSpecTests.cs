using System.Text.Json.Nodes;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Specs;

public sealed class SweepSpecTests
{
    private static ClassificationSpec Parse(string model) => ClassificationSpecLoader.Parse($$"""
        {
          "name": "sweep",
          "dataset": { "source": "moons", "samples": 40 },
          "seeds": [1, 2],
          "models": [ {{model}}, { "name": "lr", "type": "logistic-regression" } ]
        }
        """, "sweep.json");

    private const string Vqc = """
        "name": "vqc", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz"
        """;

    [Fact]
    public void AGridExpandsIntoOneJobPerCombinationFirstFieldSlowest()
    {
        var spec = Parse($$"""{ {{Vqc}}, "epochs": 3, "grid": { "layers": [1, 2, 3], "learning_rate": [0.01, 0.1] }, "cv": { "folds": 4 } }""");

        Assert.Equal(
            ["vqc[layers=1,learning_rate=0.01]", "vqc[layers=1,learning_rate=0.1]", "vqc[layers=2,learning_rate=0.01]",
             "vqc[layers=2,learning_rate=0.1]", "vqc[layers=3,learning_rate=0.01]", "vqc[layers=3,learning_rate=0.1]", "lr"],
            spec.JobNames);
        var fifth = spec.Models[4];
        Assert.Equal("vqc", fifth.BaseName);
        Assert.Equal(("grid", 4, 6, 4, "$.models[0].grid"), (fifth.Sweep!.Method, fifth.Sweep.Index, fifth.Sweep.Count, fifth.Sweep.Folds, fifth.Sweep.Origin));
        // The candidate's settings are the model's fields with its values in place of the sweep.
        Assert.Equal(3, fifth.Settings.Whole("layers", 0));
        Assert.Equal(0.01, fifth.Settings.Number("learning_rate", 0));
        Assert.Equal(3, fifth.Settings.Whole("epochs", 0));
        Assert.False(fifth.Settings.Has("grid") || fifth.Settings.Has("cv"));
        Assert.Equal("2 models (7 jobs) x 2 seeds, moons: ", spec.Summary);
    }

    [Fact]
    public void CrossValidationDefaultsToFiveFoldsAndStringAndListValuesAreSwept()
    {
        var spec = Parse("""{ "name": "mlp", "type": "mlp", "grid": { "hidden": [[8], [16, 16]] } }, { "name": "svm", "type": "svm", "grid": { "kernel": ["linear", "rbf"] } }""");

        Assert.Equal(["mlp[hidden=[8]]", "mlp[hidden=[16,16]]", "svm[kernel=linear]", "svm[kernel=rbf]", "lr"], spec.JobNames);
        Assert.All(spec.Models.Where(m => m.Sweep is not null), m => Assert.Equal(5, m.Sweep!.Folds));
        Assert.Equal([16, 16], spec.Models[1].Settings.Integers("hidden")!);
    }

    private const string Random = """
        { "name": "svm", "type": "svm", "random": { "n": 8, "seed": 3, "c": { "log_uniform": [0.01, 100] }, "gamma": { "uniform": [0.5, 2] }, "kernel": { "choice": ["rbf", "poly"] }, "degree": { "int": [2, 4] } } }
        """;

    [Fact]
    public void RandomSearchIsSeededAndReproducibleWithValuesInRange()
    {
        var a = Parse(Random);
        var b = Parse(Random);
        var other = Parse(Random.Replace("\"seed\": 3", "\"seed\": 4", StringComparison.Ordinal));

        Assert.Equal(9, a.Models.Count);
        Assert.Equal(a.JobNames, b.JobNames);
        Assert.NotEqual(a.JobNames, other.JobNames);
        Assert.Equal(9, a.JobNames.Distinct().Count());
        foreach (var m in a.Models.Where(m => m.Sweep is not null))
        {
            Assert.Equal("random", m.Sweep!.Method);
            var c = m.Settings.Number("c", 0);
            Assert.InRange(c, 0.01, 100);
            Assert.Equal(c, double.Parse(c.ToString("G3", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(m.Settings.Number("gamma", 0), 0.5, 2);
            Assert.Contains(m.Settings.Text("kernel"), new[] { "rbf", "poly" });
            Assert.InRange(m.Settings.Whole("degree", 0), 2, 4);
            Assert.StartsWith($"svm[c={m.Settings.Raw["c"]!.ToJsonString()},gamma=", m.Name, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ASmallDiscreteSpaceYieldsEachPointOnce()
    {
        var spec = Parse("""{ "name": "knn", "type": "knn", "random": { "n": 50, "k": { "int": [1, 4] } } }""");

        Assert.Equal(["knn[k=1]", "knn[k=2]", "knn[k=3]", "knn[k=4]"], spec.JobNames.Where(j => j != "lr").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("""{ {{VQC}}, "grid": { "layerz": [1, 2] } }""", "sweep.json: $.models[0].grid.layerz is not a hyper-parameter of a vqc; allowed: encoding, ansatz, qubits, layers,")]
    [InlineData("""{ "name": "knn", "type": "knn", "grid": { "c": [1, 2] } }""", "$.models[0].grid.c is not a hyper-parameter of a knn; allowed: k")]
    [InlineData("""{ {{VQC}}, "grid": { "execution": ["exact", "sampled"] } }""", "$.models[0].grid.execution is not a hyper-parameter of a vqc")]
    [InlineData("""{ {{VQC}}, "layers": 2, "grid": { "layers": [1, 2] } }""", "$.models[0].grid.layers is also set as $.models[0].layers; give it in one place")]
    [InlineData("""{ {{VQC}}, "grid": { "layers": 2 } }""", "$.models[0].grid.layers must be a non-empty list of values")]
    [InlineData("""{ {{VQC}}, "grid": { "layers": [] } }""", "$.models[0].grid.layers must be a non-empty list of values")]
    [InlineData("""{ {{VQC}}, "grid": { "layers": [1, 2, 1] } }""", "$.models[0].grid.layers lists 1 twice")]
    [InlineData("""{ {{VQC}}, "grid": {} }""", "$.models[0].grid must name at least one field")]
    [InlineData("""{ {{VQC}}, "grid": [1, 2] }""", "$.models[0].grid must be a JSON object")]
    [InlineData("""{ {{VQC}}, "grid": { "layers": [1] }, "random": { "n": 2, "layers": { "int": [1, 3] } } }""", "$.models[0] has both \"grid\" and \"random\"")]
    [InlineData("""{ {{VQC}}, "cv": { "folds": 3 } }""", "$.models[0].cv cross-validates a hyper-parameter sweep; add \"grid\" or \"random\"")]
    [InlineData("""{ {{VQC}}, "grid": { "layers": [1, 2] }, "cv": { "folds": 1 } }""", "$.models[0].cv.folds is 1; it must be in [2, 100]")]
    [InlineData("""{ {{VQC}}, "grid": { "layers": [1, 2] }, "cv": { "fold": 3 } }""", "$.models[0].cv.fold is not a known field here; known: folds")]
    [InlineData("""{ {{VQC}}, "random": { "layers": { "int": [1, 3] } } }""", "$.models[0].random.n is required")]
    [InlineData("""{ {{VQC}}, "random": { "n": 3 } }""", "$.models[0].random must name at least one field besides n and seed")]
    [InlineData("""{ {{VQC}}, "random": { "n": 3, "learning_rate": [0.1, 0.2] } }""", "$.models[0].random.learning_rate must be one of {\"uniform\": [a, b]}, {\"log_uniform\": [a, b]}, {\"int\": [a, b]} or {\"choice\": [values]}")]
    [InlineData("""{ {{VQC}}, "random": { "n": 3, "learning_rate": { "normal": [0, 1] } } }""", "$.models[0].random.learning_rate must be one of")]
    [InlineData("""{ {{VQC}}, "random": { "n": 3, "learning_rate": { "log_uniform": [0, 1] } } }""", "$.models[0].random.learning_rate.log_uniform is [0, 1]; a log-uniform range must start above 0")]
    [InlineData("""{ {{VQC}}, "random": { "n": 3, "learning_rate": { "uniform": [1, 0.5] } } }""", "$.models[0].random.learning_rate.uniform is [1, 0.5]; a must be below b")]
    [InlineData("""{ {{VQC}}, "random": { "n": 3, "layers": { "int": [1.5, 3] } } }""", "$.models[0].random.layers.int must be [a, b], two integers")]
    [InlineData("""{ {{VQC}}, "random": { "n": 3, "optimizer": { "choice": [] } } }""", "$.models[0].random.optimizer.choice must be a non-empty list of values")]
    [InlineData("""{ {{VQC}}, "random": { "n": 0, "layers": { "int": [1, 3] } } }""", "$.models[0].random.n is 0; it must be in [1, 1000]")]
    [InlineData("""{ {{VQC}}, "execution": "shots", "noise": { "depolarizing": [0, 0.1] }, "noise_training": true, "grid": { "layers": [1, 2] } }""", "$.models[0].noise_training and a sweep cannot be combined")]
    [InlineData("""{ {{VQC}}, "federated": { "clients": 2 }, "grid": { "layers": [1, 2] } }""", "$.models[0].federated and a sweep cannot be combined")]
    [InlineData("""{ "name": "lr", "type": "knn", "grid": { "k": [1, 3] } }""", "$.models[1].name 'lr' is used twice")]
    public void SweepErrorsNameTheField(string model, string expected)
    {
        var text = model.Replace("{{VQC}}", Vqc, StringComparison.Ordinal);
        var e = Assert.Throws<SpecException>(() => Parse(text));
        Assert.StartsWith("sweep.json: ", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected.Replace("sweep.json: ", "", StringComparison.Ordinal), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGridOfMoreThanTheLimitIsRefused()
    {
        var values = new JsonArray(Enumerable.Range(1, 40).Select(i => (JsonNode)JsonValue.Create(i)).ToArray()).ToJsonString();
        var e = Assert.Throws<SpecException>(() => Parse($$"""{ {{Vqc}}, "grid": { "layers": {{values}}, "uploads": {{values}} } }"""));
        Assert.Contains("$.models[0].grid expands into 1600 candidates; at most 1000", e.Message, StringComparison.Ordinal);
    }
}
