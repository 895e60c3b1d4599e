using QuantumML.Energy;

namespace QuantumML.Tests.Energy;

public sealed class EnergyMeterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("qml-powercap-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Counter(string zone, string energy, string? range = null)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, zone)).FullName;
        File.WriteAllText(Path.Combine(folder, "energy_uj"), energy + "\n");
        if (range is not null) File.WriteAllText(Path.Combine(folder, "max_energy_range_uj"), range + "\n");
    }

    [Fact]
    public void TheCpuTimeModelIsCpuSecondsTimesWattsPerCore()
    {
        // One CPU-hour at the default 12 W per core is 12 Wh; at 475 gCO2e/kWh that is 5.7 g.
        Assert.Equal(12, EnergyModel.WattHoursFromCpu(3600, EnergyOptions.DefaultWattsPerCore), 12);
        Assert.Equal(18, EnergyModel.WattHoursFromCpu(3600, 12, pue: 1.5), 12);
        Assert.Equal(5.7, EnergyModel.Co2eGrams(12, EnergyOptions.DefaultGridIntensity), 12);
        var meter = new EnergyMeter(new EnergyOptions { WattsPerCore = 20, GridIntensity = 100, Pue = 1.2, PowercapRoot = null });
        var use = meter.FromCpuSeconds(90, 45);
        Assert.Equal(90 * 20 * 1.2 / 3600, use.EnergyWh, 15);
        Assert.Equal(use.EnergyWh / 1000 * 100, use.Co2eGrams, 15);
        Assert.Equal(EnergySource.CpuTimeModel, use.Source);
    }

    [Fact]
    public void EnergyIsMonotoneInCpuSeconds()
    {
        var meter = new EnergyMeter(new EnergyOptions { PowercapRoot = null });
        var seconds = new[] { 0, 1e-3, 0.5, 1, 10, 3600, 86400 };
        var energies = seconds.Select(s => meter.FromCpuSeconds(s).EnergyWh).ToArray();
        Assert.Equal(0, energies[0]);
        Assert.All(energies.Zip(energies.Skip(1)), p => Assert.True(p.First < p.Second));
        Assert.Throws<ArgumentOutOfRangeException>(() => EnergyModel.WattHoursFromCpu(-1, 12));
    }

    [Fact]
    public void RaplPackagesAreSummedWithWrapAroundAndSubZonesSkipped()
    {
        Counter("intel-rapl:0", "1000000", "4294967295");
        Counter("intel-rapl:0:0", "999999999", "4294967295");   // the cores inside package 0: not counted again
        Counter("intel-rapl:1", "4294000000", "4294967295");
        var meter = new EnergyMeter(new EnergyOptions { PowercapRoot = _root, Pue = 1.0 });
        var start = meter.Snapshot();
        Assert.Equal(["intel-rapl:0", "intel-rapl:1"], start.Rapl!.Keys);
        Counter("intel-rapl:0", "3500000", "4294967295");
        Counter("intel-rapl:0:0", "5", "4294967295");
        Counter("intel-rapl:1", "500000", "4294967295");   // wrapped past its range
        var use = meter.Between(start, meter.Snapshot());
        // 2,500,000 µJ on package 0; (4,294,967,295 − 4,294,000,000) + 500,000 = 1,467,295 µJ on package 1.
        Assert.Equal(EnergySource.Rapl, use.Source);
        Assert.Equal((2_500_000 + 1_467_295) / 3.6e9, use.EnergyWh, 15);
        Assert.Equal(use.EnergyWh / 1000 * EnergyOptions.DefaultGridIntensity, use.Co2eGrams, 15);
    }

    [Fact]
    public void UnreadableCountersFallBackToTheCpuTimeModel()
    {
        Assert.Null(RaplCounters.Read(Path.Combine(_root, "missing")));
        Counter("intel-rapl:0", "not a number");
        Assert.Null(RaplCounters.Read(_root));
        var meter = new EnergyMeter(new EnergyOptions { PowercapRoot = _root });
        var use = meter.Between(meter.Snapshot(), meter.Snapshot());
        Assert.Equal(EnergySource.CpuTimeModel, use.Source);

        // A counter that went down without a known range cannot be read as a wrap: no measurement.
        var before = new Dictionary<string, RaplCounter> { ["intel-rapl:0"] = new(500, null) };
        var after = new Dictionary<string, RaplCounter> { ["intel-rapl:0"] = new(100, null) };
        Assert.Null(RaplCounters.MicrojoulesBetween(before, after));
    }

    [Fact]
    public async Task AMeasuredJobsEnergyIsTheModelOfItsCpuSeconds()
    {
        var meter = new EnergyMeter(new EnergyOptions { PowercapRoot = null, WattsPerCore = 15 });
        var (sum, use) = await meter.MeasureAsync(() => Task.Run(() =>
        {
            var s = 0.0;
            for (var i = 1; i < 30_000_000; i++) s += Math.Sqrt(i);
            return s;
        }));
        Assert.True(sum > 0);
        Assert.True(use.CpuSeconds > 0, "thirty million square roots take CPU time");
        Assert.Equal(EnergyModel.WattHoursFromCpu(use.CpuSeconds, 15), use.EnergyWh, 15);
        Assert.True(use.WallSeconds >= 0);
        var twice = use + use;
        Assert.Equal(2 * use.EnergyWh, twice.EnergyWh, 15);
        Assert.Equal(EnergySource.Mixed, (use + (use with { Source = EnergySource.Rapl })).Source);
    }

    [Fact]
    public void BadSettingsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new EnergyMeter(new EnergyOptions { WattsPerCore = 0 }));
        Assert.Throws<ArgumentException>(() => new EnergyMeter(new EnergyOptions { GridIntensity = -1 }));
        Assert.Throws<ArgumentException>(() => new EnergyMeter(new EnergyOptions { Pue = 0.5 }));
    }
}
