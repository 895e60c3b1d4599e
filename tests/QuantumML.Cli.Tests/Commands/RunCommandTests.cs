using System.Text.Json;

namespace QuantumML.Cli.Tests.Commands;

public sealed class RunCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-run-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteSpec(string text)
    {
        var path = Path.Combine(_dir, "spec.json");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task RunsASpecAndWritesResults()
    {
        var spec = WriteSpec("""
            {
              "name": "cli-tiny",
              "dataset": { "source": "moons", "samples": 40 },
              "preprocessing": { "scale": [-1.5, 1.5] },
              "seeds": [1],
              "models": [
                { "name": "vqc", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "qubits": 2, "epochs": 1 },
                { "name": "svm", "type": "svm" }
              ]
            }
            """);
        var outDir = Path.Combine(_dir, "out");

        var outcome = await CliRunner.RunAsync("run", spec, "--out", outDir);

        Assert.Equal(ExitCodes.Success, outcome.ExitCode);
        Assert.Contains("test acc (mean ± sd)", outcome.Out, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "results.json")));
        var runs = doc.RootElement.GetProperty("runs");
        Assert.Equal(2, runs.GetArrayLength());
        Assert.Equal("quantum", runs[0].GetProperty("kind").GetString());
        Assert.True(runs[0].GetProperty("metrics").GetProperty("circuit_evaluations").GetDouble() > 0);
        Assert.Equal("cli-tiny", doc.RootElement.GetProperty("spec").GetProperty("name").GetString());
        Assert.True(File.Exists(Path.Combine(outDir, "report.md")));
        var reportText = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("| vqc | 2 qubits", reportText, StringComparison.Ordinal);
        Assert.Contains("### Fault-tolerant projection", reportText, StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(outDir, "plots", "circuit-vqc.seed1.svg")), StringComparison.Ordinal);

        var again = await CliRunner.RunAsync("report", outDir);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.True(new FileInfo(Path.Combine(outDir, "plots", "accuracy.png")).Length > 1000);
    }

    [Fact]
    public async Task ABadSpecExitsTwoWithOneMessageNamingTheField()
    {
        var spec = WriteSpec("""{ "name": "x", "dataset": { "source": "moons" }, "models": [ { "type": "svm", "kernel": "sigmoid" } ] }""");
        var outcome = await CliRunner.RunAsync("run", spec);
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Equal($"qml run: {spec}: $.models[0].kernel is 'sigmoid'; allowed: linear, rbf, poly", outcome.Err.Trim());
    }

    [Fact]
    public async Task MalformedJsonNamesTheLine()
    {
        var spec = WriteSpec("{\n  \"name\": \"x\"\n  \"seeds\": [1]\n}");
        var outcome = await CliRunner.RunAsync("run", spec);
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains($"{spec}:3:", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACircuitThatCannotTakeTheFeaturesIsReportedAgainstTheModelBeforeTraining()
    {
        // Angle encoding needs a qubit per feature: 2 features on 1 qubit fails in the encoding's own Fact.
        var spec = WriteSpec("""
            { "name": "x", "dataset": { "source": "moons", "samples": 20 }, "seeds": [1],
              "models": [ { "name": "knn", "type": "knn" },
                          { "name": "tiny", "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "qubits": 1 } ] }
            """);
        var outcome = await CliRunner.RunAsync("run", spec);
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Equal($"qml run: {spec}: $.models[1] ('tiny') cannot run on this data: runtime error: program failed: ApplyAngleEncoding: more features than qubits.", outcome.Err.Trim());
    }

    [Fact]
    public async Task ABadCsvIsOneMessageNamingLineAndColumn()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.csv"), "a,b,label\n1,2,x\n3,abc-q9z,y\n");
        var spec = WriteSpec("""{ "name": "x", "dataset": { "source": "csv", "path": "bad.csv" }, "models": [ { "type": "knn" } ] }""");
        var outcome = await CliRunner.RunAsync("run", spec);
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("bad.csv:3: column 'b': not a number (field 2)", outcome.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("abc-q9z", outcome.Err, StringComparison.Ordinal); // the file's content is never quoted
        Assert.DoesNotContain("   at ", outcome.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingSpecIsAUsageError()
    {
        var outcome = await CliRunner.RunAsync("run", Path.Combine(_dir, "nope.json"));
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("no such spec file", outcome.Err, StringComparison.Ordinal);
    }
}
