using QuantumML.Experiments.Results;

namespace QuantumML.Cli.Tests.Commands;

public sealed class NoiseStudyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-noise-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Spec(string model)
    {
        var path = Path.Combine(_dir, "noise.json");
        File.WriteAllText(path, $$"""
            {
              "name": "noise-tiny",
              "dataset": { "source": "moons", "samples": 40 },
              "preprocessing": { "scale": [-1.5, 1.5] },
              "seeds": [1],
              "models": [ {{model}} ]
            }
            """);
        return path;
    }

    private const string Vqc = """
        "type": "vqc", "encoding": "Encodings.ApplyAngleEncoding", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "qubits": 2, "epochs": 1
        """;

    [Fact]
    public async Task ATrainedModelIsMeasuredAgainAtEveryLevel()
    {
        var outDir = Path.Combine(_dir, "eval");
        var outcome = await CliRunner.RunAsync("run", Spec($$"""{ "name": "vqc", {{Vqc}}, "shots": 100, "noise": { "bit_flip": [0, 0.5] } }"""), "--out", outDir, "--quiet");
        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        var run = Assert.Single(ResultsFile.Read(Path.Combine(outDir, ResultsFile.FileName)).Runs);
        var clean = run.Metrics[MetricNames.NoisyTestAccuracyPrefix + "bit_flip=0"];
        var flipped = run.Metrics[MetricNames.NoisyTestAccuracyPrefix + "bit_flip=0.5"];
        // A bit flip with probability 1/2 after every gate leaves each measured qubit a fair coin: about chance.
        Assert.InRange(flipped, 0.2, 0.8);
        Assert.True(clean >= flipped - 0.2, $"clean {clean}, flipped {flipped}");
        var report = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("## Noise", report, StringComparison.Ordinal);
        Assert.Contains("plots/noise.png", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoiseTrainingTrainsOneJobPerLevel()
    {
        var outDir = Path.Combine(_dir, "train");
        var spec = Spec($$"""{ "name": "vqc", {{Vqc}}, "execution": "shots", "shots": 20, "batch_size": 40, "noise": { "depolarizing": [0, 0.1] }, "noise_training": true }""");
        var outcome = await CliRunner.RunAsync("run", spec, "--out", outDir, "--quiet");
        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        var runs = ResultsFile.Read(Path.Combine(outDir, ResultsFile.FileName)).Runs;
        Assert.Equal(["vqc[depolarizing=0]", "vqc[depolarizing=0.1]"], runs.Select(r => r.Model));
        Assert.All(runs, r => Assert.Equal("vqc", r.Group));
        Assert.Contains("| vqc | depolarizing | 0.1 |", File.ReadAllText(Path.Combine(outDir, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoiseInExactModeIsRefusedNamingTheField()
    {
        var outcome = await CliRunner.RunAsync("run", Spec($$"""{ "name": "vqc", {{Vqc}}, "noise": { "depolarizing": 0.01 } }"""), "--out", Path.Combine(_dir, "x"));
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("$.models[0].noise needs \"execution\": \"shots\"", outcome.Err, StringComparison.Ordinal);
    }
}
