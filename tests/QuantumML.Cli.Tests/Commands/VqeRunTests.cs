using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Vqe;

namespace QuantumML.Cli.Tests.Commands;

public sealed class VqeRunTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-vqe-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Spec(string models)
    {
        var path = Path.Combine(_dir, "vqe.json");
        File.WriteAllText(path, $$"""
            {
              "name": "vqe-tiny",
              "task": "vqe",
              "hamiltonian": { "source": "tfim", "qubits": 3, "j": 1.0, "h": 0.7 },
              "seeds": [1, 2],
              "models": [ {{models}} ]
            }
            """);
        return path;
    }

    [Fact]
    public async Task RunsAVqeSpecAndReportsTheErrorAgainstTheExactEnergy()
    {
        var spec = Spec("""{ "name": "hva", "ansatz": "hva", "layers": [1, 2], "iterations": 40 }""");
        var outDir = Path.Combine(_dir, "out");
        var outcome = await CliRunner.RunAsync("run", spec, "--out", outDir, "--quiet");
        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        Assert.Contains("|error| mean", outcome.Out, StringComparison.Ordinal);
        var runs = ResultsFile.Read(Path.Combine(outDir, ResultsFile.FileName)).Runs;
        Assert.Equal(["hva[layers=1]", "hva[layers=2]", "hva[layers=1]", "hva[layers=2]"], runs.Select(r => r.Model));
        // The variational energy is an upper bound on the exact ground energy; two layers do at least as well as one here.
        Assert.All(runs, r => Assert.True(r.Metrics[VqeMetrics.Energy] >= r.Metrics[VqeMetrics.ExactEnergy] - 1e-9));
        Assert.True(runs[1].Metrics[VqeMetrics.Error] <= runs[0].Metrics[VqeMetrics.Error] + 1e-9);
        Assert.All(runs, r => Assert.NotEmpty(r.Epochs));
        var report = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("plots/sweep.png", report, StringComparison.Ordinal);
        // The optimized ansatz, traced by the QDK: 3 qubits, and the HVA's Rzz and Rx gates.
        Assert.Contains("## Circuits", report, StringComparison.Ordinal);
        var svg = File.ReadAllText(Path.Combine(outDir, "plots", "circuit-hva_layers_2_.seed1.svg"));
        Assert.Contains("Rzz", svg, StringComparison.Ordinal);
        Assert.Contains("| hva[layers=2] | 3 qubits", report, StringComparison.Ordinal);
        Assert.True(new FileInfo(Path.Combine(outDir, "plots", "convergence.png")).Length > 1000);
    }

    [Fact]
    public async Task ShardsOfAVqeSpecMergeIntoTheWholeRun()
    {
        var spec = Spec("""{ "name": "hea", "ansatz": "hardware-efficient", "layers": 1, "iterations": 10, "execution": "sampled", "shots": 100 }""");
        var a = Path.Combine(_dir, "a");
        var b = Path.Combine(_dir, "b");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--shard", "1/2", "--out", a, "--quiet")).ExitCode);
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--shard", "2/2", "--out", b, "--quiet")).ExitCode);
        var merged = Path.Combine(_dir, "merged");
        var outcome = await CliRunner.RunAsync("merge", a, b, "--out", merged);
        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        var whole = Path.Combine(_dir, "whole");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", spec, "--out", whole, "--quiet")).ExitCode);
        var expected = ResultsFile.Read(Path.Combine(whole, ResultsFile.FileName)).Runs;
        var actual = ResultsFile.Read(Path.Combine(merged, ResultsFile.FileName)).Runs;
        Assert.Equal(expected.Select(r => (r.Model, r.Seed, r.Metrics[VqeMetrics.Energy])), actual.Select(r => (r.Model, r.Seed, r.Metrics[VqeMetrics.Energy])));
    }

    [Fact]
    public async Task AnUnknownBondLengthIsNamedBeforeAnythingRuns()
    {
        var path = Path.Combine(_dir, "h2.json");
        var data = Path.Combine(FindRepo(), "experiments", "data", "h2-sto3g.json");
        File.WriteAllText(path, $$"""
            { "name": "h2", "task": "vqe", "hamiltonian": { "source": "h2", "path": "{{data}}", "bond_lengths": [0.735, 0.77] },
              "models": [ { "ansatz": "ucc" } ] }
            """);
        var outcome = await CliRunner.RunAsync("run", path, "--out", Path.Combine(_dir, "h2out"), "--allow-outside-data");
        Assert.Equal(ExitCodes.InvalidInput, outcome.ExitCode);
        Assert.Contains("$.hamiltonian.bond_lengths: No H2 Hamiltonian at 0.77", outcome.Err, StringComparison.Ordinal);
        // Nothing is written before every check has passed.
        Assert.False(Directory.Exists(Path.Combine(_dir, "h2out")));
    }

    [Fact]
    public async Task AnAnsatzIsItsQSharpFileAloneItsParameterCountAskedOfQSharp()
    {
        // A student's ansatz in a copy of the project: one Ry per qubit and a CZ chain per layer, and its count function.
        var project = Path.Combine(_dir, "quantum");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(FindRepo(), "quantum"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(project, Path.GetRelativePath(Path.Combine(FindRepo(), "quantum"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        File.WriteAllText(Path.Combine(project, "src", "MyAnsatzes.qs"), """
            export ApplyRyLadderAnsatz, RyLadderParameterCount;
            operation ApplyRyLadderAnsatz(parameters : Double[], qubits : Qubit[]) : Unit is Adj {
                let n = Length(qubits);
                for layer in 0..Length(parameters) / n - 1 {
                    for q in 0..n - 1 { Ry(parameters[layer * n + q], qubits[q]); }
                    for q in 0..n - 2 { CZ(qubits[q], qubits[q + 1]); }
                }
            }
            function RyLadderParameterCount(nQubits : Int, layers : Int) : Int { nQubits * layers }
            """);
        var spec = Spec("""{ "name": "mine", "ansatz": "MyAnsatzes.ApplyRyLadderAnsatz", "layers": 2, "iterations": 30, "init": "random" }""");
        var outDir = Path.Combine(_dir, "mine");
        var outcome = await CliRunner.RunAsync("run", spec, "--project", project, "--out", outDir, "--quiet");
        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        var runs = ResultsFile.Read(Path.Combine(outDir, ResultsFile.FileName)).Runs;
        Assert.All(runs, r => Assert.Equal(6, r.Metrics[VqeMetrics.Parameters]));
        Assert.All(runs, r => Assert.True(r.Metrics[VqeMetrics.Energy] >= r.Metrics[VqeMetrics.ExactEnergy] - 1e-9));
        // The same ansatz under a name the project does not have is refused before anything runs, naming the field.
        var missing = Spec("""{ "name": "mine", "ansatz": "MyAnsatzes.ApplyNoSuchAnsatz" }""");
        var refused = await CliRunner.RunAsync("run", missing, "--project", project, "--out", Path.Combine(_dir, "none"), "--quiet");
        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.Contains("$.models[0].ansatz: 'MyAnsatzes.ApplyNoSuchAnsatz' is neither a VQE ansatz", refused.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "none")));
    }

    [Fact]
    public async Task AShippedAnsatzNamedByItsQSharpOperationGivesTheSameEnergies()
    {
        var shortName = Spec("""{ "name": "hea", "ansatz": "hardware-efficient", "layers": 1, "iterations": 20 }""");
        var a = Path.Combine(_dir, "short");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", shortName, "--out", a, "--quiet")).ExitCode);
        var fullName = Spec("""{ "name": "hea", "ansatz": "Ansatzes.ApplyHardwareEfficientAnsatz", "layers": 1, "iterations": 20, "init": "random" }""");
        var b = Path.Combine(_dir, "full");
        Assert.Equal(ExitCodes.Success, (await CliRunner.RunAsync("run", fullName, "--out", b, "--quiet")).ExitCode);
        var expected = ResultsFile.Read(Path.Combine(a, ResultsFile.FileName)).Runs;
        var actual = ResultsFile.Read(Path.Combine(b, ResultsFile.FileName)).Runs;
        Assert.Equal(expected.Select(r => r.Metrics[VqeMetrics.Energy]), actual.Select(r => r.Metrics[VqeMetrics.Energy]));
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuantumML.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("QuantumML.sln");
    }
}
