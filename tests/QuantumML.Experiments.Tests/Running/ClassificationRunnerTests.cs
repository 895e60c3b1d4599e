using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Running;

public sealed class ClassificationRunnerTests
{
    private static ClassificationSpec Spec(string models) => ClassificationSpecLoader.Parse($$"""
        {
          "name": "runner",
          "dataset": { "source": "moons", "samples": 40, "noise": 0.1 },
          "preprocessing": { "scale": [-1.5, 1.5] },
          "seeds": [1, 2],
          "models": [ {{models}} ]
        }
        """, "runner.json");

    private static Task<ExperimentResult> RunAsync(ClassificationSpec spec, int parallelism) =>
        new ClassificationRunner(spec, new ModelFactory(TestQuantum.Runtime, TestQuantum.Project), "test", parallelism).RunAsync();

    [Fact]
    public async Task EveryModelRunsForEverySeedOnTheSameSplit()
    {
        var result = await RunAsync(Spec("""{ "name": "lr", "type": "logistic-regression" }, { "name": "knn", "type": "knn", "k": 1 }"""), 2);

        Assert.Equal(4, result.Runs.Count);
        Assert.Equal(["lr", "knn", "lr", "knn"], result.Runs.Select(r => r.Model));
        Assert.Equal(result.Runs[0].TestLabels, result.Runs[1].TestLabels);
        Assert.NotEqual(result.Runs[0].TestLabels, result.Runs[2].TestLabels);
        Assert.Equal(1.0, result.Runs[1].Metrics[MetricNames.TrainAccuracy]); // 1-NN memorizes its training set
        Assert.All(result.Runs, r => Assert.InRange(r.Metrics[MetricNames.TestAccuracy], 0.0, 1.0));
    }

    [Fact]
    public async Task QuantumRunsAreReproducibleWhateverTheParallelism()
    {
        const string vqc = """{ "name": "vqc", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "qubits": 2, "epochs": 2, "batch_size": 8, "execution": "sampled", "shots": 100 }""";
        var serial = await RunAsync(Spec(vqc), 1);
        var parallel = await RunAsync(Spec(vqc), 2);

        Assert.Equal(serial.Runs.Select(r => r.TestPredictions), parallel.Runs.Select(r => r.TestPredictions));
        Assert.Equal(serial.Runs.Select(r => r.Epochs.Select(e => e.Loss)), parallel.Runs.Select(r => r.Epochs.Select(e => e.Loss)));
        Assert.All(serial.Runs, r => Assert.Equal("quantum", r.Kind));
        Assert.All(serial.Runs, r => Assert.True(r.Metrics[MetricNames.CircuitEvaluations] > 0));
    }

    [Theory]
    [InlineData("exact")]
    [InlineData("sampled")]
    public async Task TheCompiledAndQdkEnginesGiveTheSameRuns(string execution)
    {
        const string models = """
            { "name": "vqc", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyStronglyEntanglingAnsatz", "qubits": 2, "uploads": 2, "epochs": 3, "batch_size": 8, "execution": "EXECUTION", "shots": 300, "engine": "ENGINE" },
            { "name": "qsvc", "type": "qsvc", "encoding": "Encodings.ApplyZZFeatureMap", "qubits": 2, "engine": "ENGINE" }
            """;
        var compiled = await RunAsync(Spec(models.Replace("ENGINE", "compiled", StringComparison.Ordinal).Replace("EXECUTION", execution, StringComparison.Ordinal)), 2);
        var qdk = await RunAsync(Spec(models.Replace("ENGINE", "qdk", StringComparison.Ordinal).Replace("EXECUTION", execution, StringComparison.Ordinal)), 2);

        // Exact: adjoint gradients on one side, parameter shift on the other, equal to rounding, so the same training.
        // Sampled: the same seeded shots drawn from the same probabilities on both sides.
        Assert.Equal(qdk.Runs.Select(r => r.TestPredictions), compiled.Runs.Select(r => r.TestPredictions));
        foreach (var (a, b) in compiled.Runs.Zip(qdk.Runs))
            Assert.Equal(b.Epochs.Select(e => e.Loss), a.Epochs.Select(e => e.Loss), (x, y) => Math.Abs(x - y) < 1e-8);
        Assert.All(compiled.Runs, r => Assert.Equal("compiled", Assert.Single(r.Engines!).Engine));
        Assert.All(compiled.Runs, r => Assert.True(r.Engines![0].CheckMaxDifference <= 1e-10));
        Assert.All(qdk.Runs, r => Assert.Equal("the spec asks for \"engine\": \"qdk\"", Assert.Single(r.Engines!).Reason));
    }

    [Fact]
    public async Task AnUnknownQSharpOperationIsASpecErrorNamingTheField()
    {
        var spec = Spec("""{ "name": "vqc", "type": "vqc", "encoding": "Encodings.Nope", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz" }""");
        var check = await TestQuantum.Runtime.CheckAsync(TestQuantum.Project);
        var runner = new ClassificationRunner(spec, new ModelFactory(TestQuantum.Runtime, TestQuantum.Project), "test", 1, check.Callables);

        var e = await Assert.ThrowsAsync<SpecException>(() => runner.RunAsync());
        Assert.Contains("$.models[0].encoding: 'Encodings.Nope' is not an operation of the Q# project", e.Message, StringComparison.Ordinal);
        Assert.Contains("Encodings.ApplyAngleEncoding", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReportRendersWithItsPlots()
    {
        const string vqc = """{ "name": "vqc", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "qubits": 2, "epochs": 2 }""";
        var result = await RunAsync(Spec(vqc + """, { "name": "lr", "type": "logistic-regression" }, { "name": "qsvc", "type": "qsvc", "encoding": "Encodings.ApplyZZFeatureMap", "qubits": 2 }"""), 2);
        var folder = Directory.CreateTempSubdirectory("qml-report-").FullName;
        try
        {
            var report = File.ReadAllText(QuantumML.Experiments.Reports.ReportWriter.Write(folder, result));
            Assert.Contains("| vqc | quantum |", report, StringComparison.Ordinal);
            Assert.Contains("## Quantum models against the best classical one (lr)", report, StringComparison.Ordinal);
            Assert.All(result.Runs.Where(r => r.Seed == 1), r => Assert.Equal(900, r.DecisionGrid!.Classes.Length));
            Assert.All(result.Runs.Where(r => r.Seed == 2), r => Assert.Null(r.DecisionGrid));
            var kernel = Assert.Single(result.Runs, r => r.KernelMatrix is not null);
            Assert.Equal(("qsvc", 1), (kernel.Model, kernel.Seed));
            Assert.Equal(kernel.KernelMatrix!.Labels.Order(), kernel.KernelMatrix.Labels);
            foreach (var png in new[] { "accuracy.png", "loss.png", "train-accuracy.png", "regions-quantum.png", "regions-classical.png", "kernel-qsvc.seed1.png" })
            {
                var file = new FileInfo(Path.Combine(folder, "plots", png));
                Assert.True(file.Exists && file.Length > 1000, $"{png} missing or empty");
                Assert.Contains($"(plots/{png})", report, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ResultsAreWrittenAtomicallyAndReadBack()
    {
        var result = await RunAsync(Spec("""{ "name": "lr", "type": "logistic-regression" }"""), 1);
        var folder = Directory.CreateTempSubdirectory("qml-results-").FullName;
        try
        {
            var path = ResultsFile.Write(folder, result);
            Assert.Equal([ResultsFile.FileName], Directory.GetFiles(folder).Select(Path.GetFileName));
            var back = ResultsFile.Read(path);
            Assert.Equal(result.Runs.Select(r => r.Metrics[MetricNames.TestAccuracy]), back.Runs.Select(r => r.Metrics[MetricNames.TestAccuracy]));
            Assert.Equal("runner", back.Spec["name"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
