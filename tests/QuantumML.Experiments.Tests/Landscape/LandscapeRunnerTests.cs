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
    public async Task AConstantCostIsReportedAsASymmetryNotFitted()
    {
        // The TFIM ansatz keeps the parity of |+…+⟩, so every ⟨Zⱼ⟩ is 0 and the local cost is ½ for every parameter.
        var result = await RunAsync("""
            { "name": "p", "task": "landscape", "ansatzes": [ { "ansatz": "hva-tfim" } ], "gradients": { "qubits": [2, 3, 4], "layers": [1], "draws": 20 } }
            """);
        var local = GradientSeries.Of(result).Single(s => s.Cost == CostKind.Local);
        Assert.True(local.Vanishes);
        Assert.Null(local.Fit());
        Assert.All(result.Runs, r => Assert.Equal(0.5, r.Metrics[LandscapeMetrics.MeanCost(CostKind.Local)], 12));
        Assert.Contains("| hva-tfim | local | 1 | constant | constant | constant |", LandscapeReport.Render(result, []), StringComparison.Ordinal);
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
