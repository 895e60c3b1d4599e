using System.Text.Json.Nodes;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Vqe;

namespace QuantumML.Cli.Tests.Commands;

/// <summary>Multi-start VQE as spec options: H2 at 2.0 Å, where one start near zero stalls, against the published FCI energy.</summary>
public sealed class VqeMultiStartTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qml-vqe-starts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Data => Path.Combine(FindRepo(), "experiments", "data", "h2-sto3g.json");

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QuantumML.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("QuantumML.sln");
    }

    [Fact]
    public async Task StartsNearHartreeFockReachTheFciEnergyAt2AngstromAndAreCounted()
    {
        var spec = Path.Combine(_dir, "h2.json");
        File.WriteAllText(spec, $$"""
            { "name": "h2-starts", "task": "vqe", "seeds": [1],
              "hamiltonian": { "source": "h2", "path": {{JsonValue.Create(Data).ToJsonString()}}, "bond_lengths": [2.0] },
              "models": [ { "name": "hea", "ansatz": "hardware-efficient", "layers": 2, "iterations": 200, "starts": 3, "init": "near-hf", "init_scale": 0.1 } ] }
            """);
        var outDir = Path.Combine(_dir, "out");
        var outcome = await CliRunner.RunAsync("run", spec, "--out", outDir, "--quiet", "--allow-outside-data");
        Assert.True(outcome.ExitCode == ExitCodes.Success, outcome.Err);
        var run = Assert.Single(ResultsFile.Read(Path.Combine(outDir, ResultsFile.FileName)).Runs);
        // The published FCI energy (OpenFermion's), not this program's diagonalization.
        var fci = JsonNode.Parse(File.ReadAllText(Data))!["bond_lengths"]!.AsArray().Single(p => p!["bond_length"]!.GetValue<double>() == 2.0)!["reference_fci_energy"]!.GetValue<double>();
        Assert.InRange(run.Metrics[VqeMetrics.Energy] - fci, -1e-8, VqeReport.ChemicalAccuracy);
        Assert.Equal(3, run.Metrics[VqeMetrics.Starts]);
        var errors = Enumerable.Range(0, 3).Select(i => run.Metrics[$"{VqeMetrics.StartErrorPrefix}{i}"]).ToList();
        Assert.Equal(errors.Count(e => e <= VqeReport.ChemicalAccuracy), run.Metrics[VqeMetrics.StartsReached]);
        Assert.Equal(errors.Min(), run.Metrics[VqeMetrics.Error], 12);
        var report = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Contains("## Starts", report, StringComparison.Ordinal);
        Assert.Contains($"| hea | 3 × 1 | 1 of 1 seeds | {run.Metrics[VqeMetrics.StartsReached]:0} of 3 |", report, StringComparison.Ordinal);
        Assert.Contains("Within chemical accuracy: 1 of 1 runs; 1 of 1 jobs on every seed.", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NearHartreeFockOutsideH2AndIdenticalStartsAreRefusedWithTheirPath()
    {
        var tfim = Path.Combine(_dir, "tfim.json");
        File.WriteAllText(tfim, """
            { "name": "t", "task": "vqe", "hamiltonian": { "source": "tfim", "qubits": 3 }, "models": [ { "ansatz": "hardware-efficient", "init": "near-hf" } ] }
            """);
        var refused = await CliRunner.RunAsync("run", tfim, "--out", Path.Combine(_dir, "none"), "--quiet");
        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.Contains("$.models[0].init: near-hf starts from the parameters that prepare the Hartree-Fock state", refused.Err, StringComparison.Ordinal);
        File.WriteAllText(tfim, """
            { "name": "t", "task": "vqe", "hamiltonian": { "source": "tfim", "qubits": 3 }, "models": [ { "ansatz": "hardware-efficient", "init": "zeros", "starts": 2 } ] }
            """);
        refused = await CliRunner.RunAsync("run", tfim, "--out", Path.Combine(_dir, "none"), "--quiet");
        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.Contains("$.models[0].starts is 2 but init is zeros", refused.Err, StringComparison.Ordinal);
        File.WriteAllText(tfim, """
            { "name": "t", "task": "vqe", "hamiltonian": { "source": "tfim", "qubits": 3 }, "models": [ { "ansatz": "hardware-efficient", "starts": 101 } ] }
            """);
        refused = await CliRunner.RunAsync("run", tfim, "--out", Path.Combine(_dir, "none"), "--quiet");
        Assert.Equal(ExitCodes.InvalidInput, refused.ExitCode);
        Assert.Contains("$.models[0].starts is 101; it must be in [1, 100]", refused.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir, "none")));
    }
}
