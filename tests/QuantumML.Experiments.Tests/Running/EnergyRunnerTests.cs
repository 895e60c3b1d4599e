using QuantumML.Energy;
using QuantumML.Experiments.Reports;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Running;
using QuantumML.Experiments.Specs;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Settings;

namespace QuantumML.Experiments.Tests.Running;

/// <summary>The energy of every job: the ledger's split of CPU time, the spec's "energy" section, and what runs and reports carry.</summary>
public sealed class EnergyRunnerTests
{
    private static readonly EnergyOptions s_model = new() { WattsPerCore = 30, Pue = 1.5, GridIntensity = 100, PowercapRoot = null };

    private static double Burn(int milliseconds)
    {
        // CPU work, not sleep: process CPU time must grow.
        var end = Environment.TickCount64 + milliseconds;
        var x = 0.0;
        while (Environment.TickCount64 < end) for (var i = 0; i < 10_000; i++) x += Math.Sqrt(i + x % 7);
        return x;
    }

    [Fact]
    public void AJobAloneGetsTheModelOfItsCpuTime()
    {
        var meter = new EnergyMeter(s_model);
        var ledger = new JobEnergyLedger(meter);
        var before = meter.Snapshot();
        var ticket = ledger.Start();
        Burn(150);
        var record = ledger.Stop(ticket);
        var total = meter.Between(before, meter.Snapshot());

        Assert.InRange(record.CpuSeconds, 1e-6, total.CpuSeconds);
        Assert.Equal(EnergyModel.WattHoursFromCpu(record.CpuSeconds, 30, 1.5), record.EnergyWh);
        Assert.Equal(EnergyModel.Co2eGrams(record.EnergyWh, 100), record.Co2eGrams);
        Assert.Equal("cpu-time model", record.Source);
        Assert.Equal((30.0, 1.5, 100.0, 1), (record.WattsPerCore, record.Pue, record.GridIntensity, record.ConcurrentJobs));
    }

    [Fact]
    public void OverlappingJobsShareTheCpuTimeOfTheirOverlapAndTheSharesAddUpToAtMostTheWhole()
    {
        var meter = new EnergyMeter(s_model);
        var ledger = new JobEnergyLedger(meter);
        var before = meter.Snapshot();
        var a = ledger.Start();
        var b = ledger.Start();
        Burn(100);
        var first = ledger.Stop(a);
        Burn(100);
        var second = ledger.Stop(b);
        var total = meter.Between(before, meter.Snapshot());

        Assert.Equal(2, first.ConcurrentJobs);
        Assert.Equal(2, second.ConcurrentJobs);
        // b had a's share of the overlap and the time after a ended alone.
        Assert.True(first.CpuSeconds > 0 && second.CpuSeconds > first.CpuSeconds, $"{first.CpuSeconds} then {second.CpuSeconds}");
        Assert.True(first.CpuSeconds + second.CpuSeconds <= total.CpuSeconds + 1e-12);
        Assert.Throws<InvalidOperationException>(() => ledger.Stop(a));
    }

    [Fact]
    public async Task EveryRunCarriesItsEnergyFromTheSpecsFiguresAndTheCostTableShowsIt()
    {
        var spec = (ClassificationSpec)TaskSpecLoader.Parse("""
            {
              "name": "energy",
              "dataset": { "source": "moons", "samples": 60 },
              "seeds": [1, 2],
              "energy": { "watts_per_core": 30, "pue": 1.5, "grid_intensity": 100, "rapl": false },
              "models": [ { "name": "lr", "type": "logistic-regression" }, { "name": "knn", "type": "knn" } ]
            }
            """, "energy.json");
        var result = await new ClassificationRunner(spec, new ModelFactory(TestQuantum.Runtime, TestQuantum.Project), "test", 1).RunAsync();

        Assert.Equal(4, result.Runs.Count);
        Assert.All(result.Runs, r =>
        {
            var e = r.Energy!;
            Assert.True(e.CpuSeconds >= 0);
            Assert.Equal(EnergyModel.WattHoursFromCpu(e.CpuSeconds, 30, 1.5), e.EnergyWh);
            Assert.Equal(EnergyModel.Co2eGrams(e.EnergyWh, 100), e.Co2eGrams);
            Assert.Equal((30.0, 1.5, 100.0, 1, "cpu-time model"), (e.WattsPerCore, e.Pue, e.GridIntensity, e.ConcurrentJobs, e.Source));
        });

        var report = ClassificationReport.Render(result, []);
        Assert.Contains("| Q# runs (training) | CPU s | energy Wh | CO2e g |", report, StringComparison.Ordinal);
        Assert.Contains($"| {EnergyText.Cells(result.Runs.Where(r => r.Model == "lr"))} |", report, StringComparison.Ordinal);
        Assert.Contains("Energy per run: CPU-seconds × 30 W per busy core, an estimate: the RAPL counters were not readable; PUE 1.5; CO2e at 100 gCO2e/kWh.", report, StringComparison.Ordinal);
        var plot = Path.Combine(Directory.CreateTempSubdirectory("qml-energy-plot-").FullName, "energy.png");
        Assert.Equal(result.Runs.Any(r => r.Energy!.EnergyWh > 0), EnergyPlot.Draw(result, plot));
    }

    [Fact]
    public void ResultsWrittenBeforeEnergyWasRecordedStillRead()
    {
        var run = new RunRecord("lr", "classical", 1, new Dictionary<string, double>(), [], [0], [0]);
        // Written without the field (as before it existed, and as the golden results expect), read back without it.
        var old = System.Text.Json.JsonSerializer.Serialize(run, ResultsFile.Options);
        Assert.DoesNotContain("energy", old, StringComparison.Ordinal);
        Assert.DoesNotContain("fairness", old, StringComparison.Ordinal);
        Assert.Null(System.Text.Json.JsonSerializer.Deserialize<RunRecord>(old, ResultsFile.Options)!.Energy);
        Assert.Equal("— | — | —", EnergyText.Cells([run]));
    }

    [Theory]
    [InlineData("""{ "watts": 10 }""", "$.energy.watts is not a known field")]
    [InlineData("""{ "pue": 0.5 }""", "$.energy.pue")]
    [InlineData("""{ "watts_per_core": 0 }""", "$.energy.watts_per_core")]
    [InlineData("""{ "grid_intensity": -1 }""", "$.energy.grid_intensity")]
    [InlineData("""{ "rapl": "yes" }""", "$.energy.rapl")]
    [InlineData("""[1]""", "$.energy")]
    public void EnergyFieldErrorsNameTheirField(string energy, string message)
    {
        var e = Assert.Throws<SpecException>(() => TaskSpecLoader.Parse($$"""
            { "name": "e", "dataset": { "source": "moons" }, "energy": {{energy}}, "models": [ { "type": "knn" } ] }
            """, "e.json"));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryTaskTakesTheEnergySection()
    {
        var spec = TaskSpecLoader.Parse("""
            { "name": "v", "task": "vqe", "hamiltonian": { "source": "tfim", "qubits": 2, "h": 0.5 },
              "energy": { "watts_per_core": 5 }, "models": [ { "ansatz": "hva", "layers": 1 } ] }
            """, "v.json");
        Assert.Equal(5, EnergySettings.Of(spec.Source).WattsPerCore);
    }
}
