using System.Diagnostics;

namespace QuantumML.QSharp.Supervision;

/// <summary>A time limit that can be restarted: it cancels its token when the limit set last passes.</summary>
internal sealed class Watchdog : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private readonly Timer _timer;
    private readonly Stopwatch _clock = new();
    private long _limitTicks = -1;

    public Watchdog() => _timer = new Timer(_ => Fire(), null, Timeout.Infinite, Timeout.Infinite);

    /// <summary>Cancelled when the limit passes (or <see cref="Fire"/> is called).</summary>
    public CancellationToken Token => _cts.Token;

    /// <summary>Whether the watchdog has fired.</summary>
    public bool Fired => _cts.IsCancellationRequested;

    /// <summary>The limit set last, or null before the first.</summary>
    public TimeSpan? Limit => Interlocked.Read(ref _limitTicks) is var t and >= 0 ? TimeSpan.FromTicks(t) : null;

    /// <summary>Time since the first limit was set.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Restarts the limit: the token is cancelled <paramref name="limit"/> from now unless the limit is set again first.</summary>
    public void Arm(TimeSpan limit)
    {
        _clock.Start();
        Interlocked.Exchange(ref _limitTicks, limit.Ticks);
        _timer.Change(limit, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Cancels the token now.</summary>
    public void Fire()
    {
        try
        {
            _cts.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The timer fired while the run was being torn down; nothing is waiting any more.
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _cts.Dispose();
    }
}
