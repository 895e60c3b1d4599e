using QuantumML.Energy;
using QuantumML.Experiments.Results;

namespace QuantumML.Experiments.Running;

/// <summary>Shares the process's CPU time (and RAPL energy, when readable) among the jobs of a run: at every job's start
/// and end the meter is read, and what was used since the last reading is split evenly among the jobs running then.</summary>
/// <remarks>Process accounting cannot tell concurrent jobs apart (their work shares threads, and Q# runs on the
/// runtime's own), so the even split is exact for one job at a time and for the run's total, and an apportionment
/// otherwise; each record says how many jobs shared its time. Work between jobs (preparation) is charged to none.</remarks>
/// <param name="meter">Reads CPU time and RAPL, and holds the power model.</param>
public sealed class JobEnergyLedger(EnergyMeter meter)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, Share> _running = [];
    private EnergySnapshot? _last;
    private int _next;

    /// <summary>The meter in use.</summary>
    public EnergyMeter Meter => meter;

    /// <summary>Starts accounting a job; returns its ticket for <see cref="Stop"/>.</summary>
    public int Start()
    {
        lock (_gate)
        {
            Advance();
            var ticket = _next++;
            _running[ticket] = new Share();
            foreach (var share in _running.Values) share.Concurrent = Math.Max(share.Concurrent, _running.Count);
            return ticket;
        }
    }

    /// <summary>Ends a job's accounting and returns its share.</summary>
    public EnergyRecord Stop(int ticket)
    {
        lock (_gate)
        {
            Advance();
            if (!_running.Remove(ticket, out var share)) throw new InvalidOperationException($"Job ticket {ticket} is not running.");
            var options = meter.Options;
            // The model's figures from the CPU-seconds themselves, so that a record's energy is the model of its CPU time.
            var modelled = EnergyModel.WattHoursFromCpu(share.ModelCpuSeconds, options.WattsPerCore, options.Pue);
            var wattHours = share.RaplWattHours + modelled;
            var source = share.RaplWattHours > 0 && share.ModelCpuSeconds > 0 ? EnergySource.Mixed
                : share.RaplWattHours > 0 ? EnergySource.Rapl : EnergySource.CpuTimeModel;
            return new EnergyRecord(share.CpuSeconds, wattHours, EnergyModel.Co2eGrams(wattHours, options.GridIntensity), EnergyRecord.Label(source),
                options.WattsPerCore, options.Pue, options.GridIntensity, share.Concurrent);
        }
    }

    private void Advance()
    {
        var now = meter.Snapshot();
        if (_last is { } last && _running.Count > 0)
        {
            var use = meter.Between(last, now);
            var n = _running.Count;
            foreach (var share in _running.Values)
            {
                share.CpuSeconds += use.CpuSeconds / n;
                if (use.Source == EnergySource.Rapl) share.RaplWattHours += use.EnergyWh / n;
                else share.ModelCpuSeconds += use.CpuSeconds / n;
            }
        }
        _last = now;
    }

    private sealed class Share
    {
        public double CpuSeconds { get; set; }
        public double ModelCpuSeconds { get; set; }
        public double RaplWattHours { get; set; }
        public int Concurrent { get; set; } = 1;
    }
}
