using System.Diagnostics;
using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Solvers;

/// <summary>The shared state of one solve: worker threads, the read budget, the clock, the best assignment with its
/// trace, work counts, and the per-read outcomes for time-to-solution.</summary>
/// <remarks>Workers touch it once per sweep (<see cref="Stopping"/>) and once per read or improvement, never per flip,
/// so the lock is not contended.</remarks>
internal sealed class SearchRun
{
    private readonly IsingModel _model;
    private readonly SolverOptions _options;
    private readonly CancellationToken _cancellation;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly long _deadlineTicks;
    private readonly object _lock = new();
    private readonly List<TracePoint> _trace = [];
    private readonly List<double> _readEnergies = [];
    private readonly int _readLimit;
    private sbyte[]? _best;
    private double _bestEnergy = double.PositiveInfinity;
    private double _readSeconds;
    private long _readsStarted;
    private long _work;
    private volatile bool _targetReached;

    public SearchRun(IsingModel model, SolverOptions options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _model = model;
        _options = options;
        _cancellation = cancellation;
        _readLimit = options.Reads ?? (options.TimeLimit is null ? SolverOptions.DefaultReads : int.MaxValue);
        _deadlineTicks = options.TimeLimit is { } t ? (long)(t.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;
        Threads = Math.Min(options.Threads, _readLimit);
    }

    public IsingModel Model => _model;

    public ulong Seed => _options.Seed;

    /// <summary>Worker threads that will run.</summary>
    public int Threads { get; }

    /// <summary>Seconds since the solve started.</summary>
    public double Elapsed => _clock.Elapsed.TotalSeconds;

    /// <summary>The best energy so far (read without the lock: a stale value only delays an offer's check).</summary>
    public double BestEnergy => Volatile.Read(ref _bestEnergy);

    /// <summary>Whether to stop now: cancelled, past the time limit, or the target reached. Cheap enough per sweep.</summary>
    public bool Stopping => _targetReached || _clock.ElapsedTicks > _deadlineTicks || _cancellation.IsCancellationRequested;

    /// <summary>Claims the next read, or false when the budget is spent or the search is stopping (the first read always
    /// starts, so that even a zero budget yields an assignment).</summary>
    public bool TryBeginRead(out ulong read)
    {
        read = 0;
        if (Stopping && Interlocked.Read(ref _readsStarted) > 0) return false;
        var next = Interlocked.Increment(ref _readsStarted) - 1;
        if (next >= _readLimit) return false;
        read = (ulong)next;
        return true;
    }

    /// <summary>Records a completed read: its best energy and its duration.</summary>
    public void EndRead(double energy, double seconds)
    {
        lock (_lock)
        {
            _readEnergies.Add(energy);
            _readSeconds += seconds;
        }
    }

    /// <summary>Adds work done (per read or per batch, not per flip).</summary>
    public void AddWork(long work) => Interlocked.Add(ref _work, work);

    /// <summary>Offers an assignment; kept (copied, with its exact energy recomputed) if it beats the best so far.</summary>
    public void Offer(ReadOnlySpan<sbyte> spins, double energy)
    {
        if (energy >= BestEnergy - EnergyTolerance.Of(energy)) return;
        var exact = _model.Energy(spins);
        lock (_lock)
        {
            if (exact >= _bestEnergy) return;
            _best = spins.ToArray();
            Volatile.Write(ref _bestEnergy, exact);
            _trace.Add(new TracePoint(Elapsed, exact));
            if (_options.TargetEnergy is { } target && _options.StopAtTarget && exact <= target + EnergyTolerance.Of(target))
                _targetReached = true;
        }
    }

    /// <summary>Runs <paramref name="worker"/> on <see cref="Threads"/> threads (the argument is the worker's number) and waits.</summary>
    public void RunWorkers(Action<int> worker)
    {
        if (Threads == 1)
        {
            worker(0);
            return;
        }
        // Dedicated threads rather than the pool: each worker runs for the whole solve.
        var threads = Enumerable.Range(0, Threads).Select(w => new Thread(() => worker(w)) { IsBackground = true }).ToArray();
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
    }

    /// <summary>The result; <paramref name="shortReads"/> asks for a time-to-solution estimate over the reads.</summary>
    public SolverResult Finish(string solver, WorkUnit unit, bool shortReads)
    {
        var wall = Elapsed;
        lock (_lock)
        {
            var best = _best ?? throw new InvalidOperationException($"{solver} stopped before its first assignment (a time limit too short?)");
            var reason = _targetReached ? StopReason.TargetReached
                : _cancellation.IsCancellationRequested ? StopReason.Cancelled
                : _clock.ElapsedTicks > _deadlineTicks || _readsStarted < _readLimit ? StopReason.TimeLimit
                : StopReason.Completed;
            var reads = _readEnergies.Count;
            TimeToSolution? tts = null;
            if (shortReads && reads > 0)
            {
                var target = _options.TargetEnergy ?? _bestEnergy;
                var successes = _readEnergies.Count(e => e <= target + EnergyTolerance.Of(target));
                tts = new TimeToSolution(_readSeconds / reads, reads, successes);
            }
            return new SolverResult(solver, best, _bestEnergy, [.. _trace], _work, unit, wall, Threads, reason)
            {
                Reads = reads,
                TimeToSolution = tts,
            };
        }
    }
}
