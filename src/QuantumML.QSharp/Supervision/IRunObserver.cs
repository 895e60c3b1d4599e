namespace QuantumML.QSharp.Supervision;

/// <summary>Receives what a supervised run emits, the moment it emits it, and sets its time limits.</summary>
/// <remarks>Called on the engine's thread while the program waits, so implementations should be quick; an exception thrown
/// here ends the run and is rethrown by <see cref="QSharpRuntime.RunSupervisedAsync"/>.</remarks>
public interface IRunObserver
{
    /// <summary>A <c>Message(...)</c> of the program.</summary>
    /// <returns>A new time limit, counted from now, for the rest of the run (a checkpoint); or null to keep the current one.</returns>
    TimeSpan? OnMessage(string message);

    /// <summary>A <c>DumpMachine()</c> or <c>DumpRegister(...)</c> of the program.</summary>
    void OnDump(StateDump dump);
}
