namespace QuantumML.QSharp.Supervision;

/// <summary>Receives what a supervised run emits, the moment it emits it, and steers the run: its time limits, and when to stop.</summary>
/// <remarks>Called on the engine's thread while the program waits, so implementations should be quick; an exception thrown
/// here ends the run and is rethrown by <see cref="QSharpRuntime.RunSupervisedAsync"/>.</remarks>
public interface IRunObserver
{
    /// <summary>A <c>Message(...)</c> of the program.</summary>
    RunSignal OnMessage(string message);

    /// <summary>A <c>DumpMachine()</c> or <c>DumpRegister(...)</c> of the program, not parsed yet (see <see cref="DumpEvent.Parse"/>).</summary>
    RunSignal OnDump(DumpEvent dump);
}

/// <summary>What a supervised run does after an event: go on, go on under a new time limit counted from now, or stop.</summary>
public readonly record struct RunSignal
{
    /// <summary>Go on under the current time limit.</summary>
    public static RunSignal Continue => default;

    /// <summary>Go on with <paramref name="limit"/> as the time limit, counted from now, for the rest of the run.</summary>
    public static RunSignal Restart(TimeSpan limit) => new() { Limit = limit };

    /// <summary>Stop the run now; it ends as <see cref="SupervisedOutcome.Stopped"/> with <paramref name="reason"/>.</summary>
    public static RunSignal Stop(string reason) => new() { StopReason = reason };

    /// <summary>The new time limit, if any.</summary>
    public TimeSpan? Limit { get; init; }

    /// <summary>Why the run must stop, if it must.</summary>
    public string? StopReason { get; init; }
}
