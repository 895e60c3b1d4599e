using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Landscape;
using QuantumML.Experiments.Tests.Running;
using QuantumML.Landscape;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Landscape;

/// <summary>Small real landscape runs: a job's numbers against a closed form, the barren-plateau picture through the task's
/// runner and report, and the refusals the runner makes before any job starts.</summary>
public sealed class LandscapeRunnerTests
{
    private static async Task<ExperimentResult> RunAsync(string text, IReadOnlyCollection<string>? callables = null)
    {
        var spec = Assert.IsType<LandscapeSpec>(TaskSpecLoader.Parse(text, "plateaus.json"));
        var runner = new LandscapeRunner(spec, TestQuantum.Runtime, TestQuantum.Project, 1) { Callables = callables };
        return await runner.RunAsync();
    }

    [Fact]
    public async Task AGradientJobOfOneHardwareEfficientLayerMatchesTheClosedFormOfItsGlobalCost()
    {
        // One layer: the CNOT chain fixes ⟨0…0|, so C = 1 − Πⱼ cos²(θⱼ/2) over the n Ry angles, whatever the n Rz angles:
        // Var[∂C/∂θ₀] = E[¼ sin²θ]·E[cos⁴(θ/2)]ⁿ⁻¹ = (1/8)(3/8)ⁿ⁻¹, the Rz angles' variances are 0, so the mean over the 2n
        // parameters is half that, and E[C] = 1 − 2⁻ⁿ.
        const int n = 3;
        var result = await RunAsync("""
            { "name": "p", "task": "landscape", "seeds": [5], "ansatzes": [ { "ansatz": "hardware-efficient" } ],
              "gradients": { "qubits": [3], "layers": [1], "draws": 4000 } }
            """);
        var run = Assert.Single(result.Runs);
        var m = run.Metrics;
        var expected = 0.125 * Math.Pow(0.375, n - 1);
        var se = m[LandscapeMetrics.FirstVarianceStandardError(CostKind.Global)];
        Assert.InRange(m[LandscapeMetrics.FirstVariance(CostKind.Global)], expected - 4 * se, expected + 4 * se);
        Assert.True(se < 0.1 * expected, $"standard error {se}");
        Assert.InRange(m[LandscapeMetrics.Variance(CostKind.Global)], 0.4 * expected, 0.6 * expected);
        Assert.InRange(m[LandscapeMetrics.MeanCost(CostKind.Global)], 1 - Math.Pow(2, -n) - 0.01, 1 - Math.Pow(2, -n) + 0.01);
        Assert.Equal(2 * n, m[LandscapeMetrics.Parameters]);
        Assert.Equal(4000, m[LandscapeMetrics.Draws]);
        Assert.Equal(("grad:hardware-efficient@n3.L1", "hardware-efficient", "grad"), (run.Model, run.Group, run.Instance));
        Assert.Null(Record.Exception(() => new LandscapeTask().CheckRun(run, message => new ResultsFileException(message))));
    }

    [Fact]
    public async Task TheReportShowsTheGlobalCostDecayingFasterThanTheLocalOneAndTheirPlots()
    {
        var result = await RunAsync("""
            { "name": "p", "task": "landscape", "seeds": [1, 2], "ansatzes": [ { "ansatz": "hardware-efficient" } ],
              "gradients": { "qubits": [2, 4, 6, 8], "layers": [2], "draws": 150 },
              "expressibility": { "qubits": [2], "layers": [1, 3], "pairs": 400 } }
            """);
        Assert.Equal(2 * 6, result.Runs.Count);
        var series = GradientSeries.Of(result);
        var global = series.Single(s => s.Cost == CostKind.Global).Fit()!;
        var local = series.Single(s => s.Cost == CostKind.Local).Fit()!;
        Assert.True(global.RateLower > 0, $"global rate {global.Rate} [{global.RateLower}, {global.RateUpper}]");
        Assert.True(local.RateUpper < global.RateLower, $"local [{local.RateLower}, {local.RateUpper}], global [{global.RateLower}, {global.RateUpper}]");
        Assert.Equal(8, global.Points);
        Assert.All(result.Runs.Where(r => r.Instance == "expr"), r => Assert.InRange(r.Metrics[LandscapeMetrics.EntanglingCapability], 0, 1));
        var folder = Directory.CreateTempSubdirectory("qml-landscape-report-").FullName;
        try
        {
            var report = File.ReadAllText(ReportWriter.Write(folder, result));
            foreach (var png in new[] { "gradient-variance.png", "expressibility.png" })
            {
                Assert.True(new FileInfo(Path.Combine(folder, "plots", png)).Length > 1000, png);
                Assert.Contains($"(plots/{png})", report, StringComparison.Ordinal);
            }
            Assert.Contains($"| hardware-efficient | global | 2 | {global.Rate:0.000} | [{global.RateLower:0.000}, {global.RateUpper:0.000}]", report, StringComparison.Ordinal);
            Assert.Contains("| hardware-efficient | 2 | 3 | 12 |", report, StringComparison.Ordinal);
            var table = ReportWriter.Table(result);
            Assert.All(result.Runs.Select(r => r.Model).Distinct(), j => Assert.Contains(j, table, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ATrajectoryJobTrainsTheCostAndDrawsItsLossOnThePlaneOfItsPath()
    {
        var result = await RunAsync("""
            { "name": "p", "task": "landscape", "seeds": [3], "ansatzes": [ { "ansatz": "hardware-efficient" } ],
              "trajectory": { "qubits": 3, "layers": 2, "cost": "local", "steps": 40, "learning_rate": 0.2, "resolution": 7 } }
            """);
        var run = Assert.Single(result.Runs);
        Assert.Equal(("path:hardware-efficient@n3.L2", "path"), (run.Model, run.Instance));
        var m = run.Metrics;
        Assert.True(m[LandscapeMetrics.FinalCost] < m[LandscapeMetrics.InitialCost] - 0.05, $"{m[LandscapeMetrics.InitialCost]} -> {m[LandscapeMetrics.FinalCost]}");
        Assert.Equal(41, run.Epochs.Count);
        Assert.Equal(m[LandscapeMetrics.InitialCost], run.Epochs[0].Loss);
        Assert.Equal(m[LandscapeMetrics.FinalCost], run.Epochs[^1].Loss);
        var grid = run.LossGrid!;
        Assert.Equal(7, grid.Loss.Length);
        Assert.All(grid.Loss, row => Assert.Equal(7, row.Length));
        // The local cost is a mean of single-qubit probabilities: every value lies in [0, 1].
        Assert.All(grid.Loss.SelectMany(r => r), v => Assert.InRange(v, 0, 1));
        Assert.Equal(41, grid.PathAlpha.Length);
        Assert.Equal((0, 0), (Math.Round(grid.PathAlpha[^1], 12), Math.Round(grid.PathBeta[^1], 12)));
        Assert.InRange(m[LandscapeMetrics.ExplainedVariance], 0.5, 1 + 1e-12);
        // The grid covers the whole path.
        Assert.All(grid.PathAlpha, a => Assert.InRange(a, grid.Alphas[0], grid.Alphas[^1]));
        Assert.All(grid.PathBeta, b => Assert.InRange(b, grid.Betas[0], grid.Betas[^1]));
        var task = new LandscapeTask();
        Assert.Null(Record.Exception(() => task.CheckRun(run, message => new ResultsFileException(message))));
        var damaged = run with { LossGrid = grid with { Loss = [.. grid.Loss.Take(6)] } };
        Assert.Contains("$.loss_grid.loss", Assert.Throws<ResultsFileException>(() => task.CheckRun(damaged, message => new ResultsFileException(message))).Message, StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("qml-landscape-path-").FullName;
        try
        {
            var report = File.ReadAllText(ReportWriter.Write(folder, result));
            Assert.Contains("## Loss landscape along a training path", report, StringComparison.Ordinal);
            Assert.Contains("(plots/loss-landscape-hardware-efficient.png)", report, StringComparison.Ordinal);
            Assert.True(new FileInfo(Path.Combine(folder, "plots", "loss-landscape-hardware-efficient.png")).Length > 1000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AConstantCostIsReportedAsASymmetryNotFitted()
    {
        // The TFIM ansatz keeps the parity of |+…+⟩, so every ⟨Zⱼ⟩ is 0 and the local cost is ½ for every parameter.
        var result = await RunAsync("""
            { "name": "p", "task": "landscape", "ansatzes": [ { "ansatz": "hva-tfim" } ], "gradients": { "qubits": [2, 3, 4], "layers": [1], "draws": 20 },
              "trajectory": { "qubits": 3, "layers": 1, "steps": 3, "resolution": 3 } }
            """);
        var local = GradientSeries.Of(result).Single(s => s.Cost == CostKind.Local);
        Assert.True(local.Vanishes);
        Assert.Null(local.Fit());
        Assert.All(result.Runs.Where(r => r.Instance == "grad"), r => Assert.Equal(0.5, r.Metrics[LandscapeMetrics.MeanCost(CostKind.Local)], 12));
        var report = LandscapeReport.Render(result, []);
        Assert.Contains("| hva-tfim | local | 1 | constant | constant | constant |", report, StringComparison.Ordinal);
        // Trained on the local cost, the path never leaves its start: no plane to draw.
        var path = result.Runs.Single(r => r.Instance == "path");
        Assert.Equal(path.Metrics[LandscapeMetrics.InitialCost], path.Metrics[LandscapeMetrics.FinalCost], 12);
        Assert.Contains("| hva-tfim | 3 | 1 | 2 | 3 | 0.5000 | 0.5000 | — | — (the gradient is 0 everywhere", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOperationTheProjectLacksIsRefusedWithItsPathBeforeAnyJob()
    {
        var e = await Assert.ThrowsAsync<SpecException>(() => RunAsync("""
            { "name": "p", "task": "landscape", "ansatzes": [ { "ansatz": "hardware-efficient" }, { "ansatz": "Missing.ApplyFooAnsatz" } ], "gradients": { "qubits": [2], "layers": [1] } }
            """, ["Ansatzes.ApplyHardwareEfficientAnsatz", "Ansatzes.HardwareEfficientParameterCount"]));
        Assert.Contains("plateaus.json: $.ansatzes[1].ansatz: 'Missing.ApplyFooAnsatz' is neither a shipped ansatz", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARunFileClaimingAnotherScanOrAnsatzIsRefused()
    {
        var task = new LandscapeTask();
        var run = new RunRecord("grad:a@n2.L1", "quantum", 1, new Dictionary<string, double>(), [], [], []) { Group = "a", Instance = "expr" };
        Assert.Contains("says it is a 'expr' scan", Assert.Throws<ResultsFileException>(() => task.CheckRun(run, m => new ResultsFileException(m))).Message, StringComparison.Ordinal);
        Assert.Throws<ResultsFileException>(() => task.CheckRun(run with { Instance = "grad", Group = "b" }, m => new ResultsFileException(m)));
        Assert.Equal(LandscapeMetrics.ExpressibilityKeys, task.RequiredMetrics(run));
    }
}
