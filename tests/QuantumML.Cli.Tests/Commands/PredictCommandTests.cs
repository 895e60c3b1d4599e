using System.Globalization;
using System.Text.Json.Nodes;
using QuantumML.Experiments.Results;

namespace QuantumML.Cli.Tests.Commands;

public sealed class PredictCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-predict-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Vqc = """
        { "name": "vqc", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "qubits": 2, "epochs": 1 }
        """;

    /// <summary>Runs a spec over two-moons data with <paramref name="models"/> for <paramref name="seeds"/> into a folder of the test; returns the folder.</summary>
    private async Task<string> RunAsync(string models, string seeds, params string[] extra)
    {
        var spec = Path.Combine(_dir, "spec.json");
        File.WriteAllText(spec, $$"""
            {
              "name": "predict-tiny",
              "dataset": { "source": "moons", "samples": 40, "noise": 0.1 },
              "preprocessing": { "standardize": true, "pca": 2, "scale": [-1.5, 1.5] },
              "seeds": {{seeds}},
              "models": [ {{models}} ]
            }
            """);
        var outDir = Path.Combine(_dir, "out");
        var outcome = await CliRunner.RunAsync(["run", spec, "--out", outDir, "--quiet", .. extra]);
        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        return outDir;
    }

    [Fact]
    public async Task PredictingTheTestSplitReproducesTheRunsPredictionsAndAccuracyForEveryModelKind()
    {
        var outDir = await RunAsync($$"""
            {{Vqc}},
            { "name": "qsvc", "type": "qsvc", "encoding": "Encodings.ApplyAngleEncoding", "qubits": 2 },
            { "name": "logistic-regression", "type": "logistic-regression" },
            { "name": "svm-rbf", "type": "svm" },
            { "name": "mlp", "type": "mlp", "hidden": [4], "epochs": 20 },
            { "name": "knn", "type": "knn", "k": 3 }
            """, "[1, 2]");
        var runs = ResultsFile.Read(Path.Combine(outDir, ResultsFile.FileName)).Runs;
        Assert.Equal(12, runs.Count);

        foreach (var run in runs)
        {
            var model = Path.Combine(outDir, "models", $"{run.Model}-seed{run.Seed}.json");
            var data = Path.Combine(outDir, "data", $"test-seed{run.Seed}.csv");
            var predictions = Path.Combine(_dir, $"{run.Model}-{run.Seed}.csv");

            var outcome = await CliRunner.RunAsync("predict", model, data, "--out", predictions, "--proba");

            Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
            var accuracy = run.Metrics[MetricNames.TestAccuracy].ToString("R", CultureInfo.InvariantCulture);
            var correct = run.TestPredictions.Zip(run.TestLabels).Count(p => p.First == p.Second);
            Assert.Contains($"accuracy {accuracy} ({correct} of {run.TestLabels.Length} rows of {data})", outcome.Out, StringComparison.Ordinal);
            var classes = JsonNode.Parse(File.ReadAllText(model))!["classes"]!.AsArray().Select(c => c!.GetValue<string>()).ToArray();
            var lines = File.ReadAllLines(predictions);
            Assert.Equal($"prediction,{string.Join(',', classes.Select(c => "proba_" + c))}", lines[0]);
            Assert.Equal(run.TestPredictions.Select(p => classes[p]), lines.Skip(1).Select(l => l.Split(',')[0]));
        }
    }

    [Fact]
    public async Task ACsvWithoutLabelsIsPredictedToStdoutWithoutAnAccuracy()
    {
        var outDir = await RunAsync("""{ "name": "knn", "type": "knn" }""", "[2]");
        var labelled = File.ReadAllLines(Path.Combine(outDir, "data", "test-seed2.csv"));
        var unlabelled = Path.Combine(_dir, "unlabelled.csv");
        File.WriteAllLines(unlabelled, labelled.Select(l => l[..l.LastIndexOf(',')]));

        var outcome = await CliRunner.RunAsync("predict", Path.Combine(outDir, "models", "knn-seed2.json"), unlabelled);

        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        var run = Assert.Single(ResultsFile.Read(Path.Combine(outDir, ResultsFile.FileName)).Runs);
        Assert.Equal(["prediction", .. run.TestPredictions.Select(p => p == 0 ? "upper" : "lower")], outcome.Out.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("accuracy", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AModelTrainedOnFourFeaturesRefusesAFiveColumnCsv()
    {
        var train = Path.Combine(_dir, "four.csv");
        var random = new Random(5);
        File.WriteAllLines(train, ["a,b,c,d,label", .. Enumerable.Range(0, 30).Select(i =>
            string.Join(',', Enumerable.Range(0, 4).Select(_ => (random.NextDouble() + i % 2).ToString(CultureInfo.InvariantCulture))) + (i % 2 == 0 ? ",no" : ",yes"))]);
        var spec = Path.Combine(_dir, "four.json");
        File.WriteAllText(spec, """{ "name": "four", "dataset": { "source": "csv", "path": "four.csv" }, "seeds": [1], "models": [ { "name": "logreg", "type": "logistic-regression" } ] }""");
        var outDir = Path.Combine(_dir, "four-out");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--out", outDir, "--quiet")).ExitCode);
        var five = Path.Combine(_dir, "five.csv");
        File.WriteAllText(five, "a,b,c,d,e,label\n1,2,3,4,5,yes\n");
        var model = Path.Combine(outDir, "models", "logreg-seed1.json");

        var outcome = await CliRunner.RunAsync("predict", model, five);

        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Equal($"qml predict: {five}: the model {model} takes 4 feature columns (a, b, c, d), but the file has 5 (a, b, c, d, e) before its label column.", outcome.Err.Trim());
        Assert.Empty(outcome.Out);
    }

    [Fact]
    public async Task TamperedTruncatedAndUnknownLabelInputsAreRefusedNamingWhat()
    {
        var outDir = await RunAsync("""{ "name": "mlp", "type": "mlp", "hidden": [3], "epochs": 5 }""", "[1]");
        var model = Path.Combine(outDir, "models", "mlp-seed1.json");
        var data = Path.Combine(outDir, "data", "test-seed1.csv");
        var text = File.ReadAllText(model);
        var root = JsonNode.Parse(text)!.AsObject();
        root["parameters"]!.AsObject().Remove("biases");
        var tampered = Path.Combine(_dir, "tampered.json");
        File.WriteAllText(tampered, root.ToJsonString());
        var truncated = Path.Combine(_dir, "truncated.json");
        File.WriteAllText(truncated, text[..(text.Length / 3)]);
        var unknown = Path.Combine(_dir, "unknown.csv");
        File.WriteAllText(unknown, "x0,x1,label\n0.5,0.5,upper\n0.1,0.2,sideways\n");

        var missing = await CliRunner.RunAsync("predict", tampered, data);
        var cut = await CliRunner.RunAsync("predict", truncated, data);
        var label = await CliRunner.RunAsync("predict", model, unknown);

        Assert.Equal((ExitCodes.InvalidInput, $"qml predict: {tampered}: $.parameters.biases is missing"), (missing.ExitCode, missing.Err.Trim()));
        Assert.Equal(ExitCodes.InvalidInput, cut.ExitCode);
        Assert.Matches($"^qml predict: {System.Text.RegularExpressions.Regex.Escape(truncated)}:\\d+:\\d+: not valid JSON, the file may be truncated", cut.Err);
        Assert.Equal((ExitCodes.InvalidInput, $"qml predict: {unknown}:3: column 'label': the class is not one of the model's (upper, lower)."), (label.ExitCode, label.Err.Trim()));
    }

    [Fact]
    public async Task AModelWhoseQSharpSourceChangedStillPredictsButWarnsNamingTheCallable()
    {
        var quantum = ProjectLocator.FindDefault()!;
        var project = Path.Combine(_dir, "quantum");
        foreach (var file in Directory.EnumerateFiles(quantum, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(project, Path.GetRelativePath(quantum, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var outDir = await RunAsync(Vqc, "[1]", "--project", project);
        var model = Path.Combine(outDir, "models", "vqc-seed1.json");
        var data = Path.Combine(outDir, "data", "test-seed1.csv");
        var same = await CliRunner.RunAsync("predict", model, data, "--project", project);
        var encodings = Path.Combine(project, "src", "Encodings.qs");
        File.WriteAllText(encodings, File.ReadAllText(encodings).Replace("operation ApplyAngleEncoding(", "// A comment is a change too.\noperation ApplyAngleEncoding(", StringComparison.Ordinal));

        var changed = await CliRunner.RunAsync("predict", model, data, "--project", project);

        Assert.Equal(ExitCodes.Success, same.ExitCode);
        Assert.DoesNotContain("warning", same.Err, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, changed.ExitCode);
        Assert.Contains($"qml predict: warning: {model}: the Q# source of Encodings.ApplyAngleEncoding (src/Encodings.qs) changed since training", changed.Err, StringComparison.Ordinal);
        Assert.Equal(same.Out, changed.Out);
    }
}
