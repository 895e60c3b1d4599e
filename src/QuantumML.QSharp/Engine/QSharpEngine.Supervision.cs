namespace QuantumML.QSharp.Engine;

internal sealed partial class QSharpEngine
{
    /// <summary>Runs the expression once on a fresh module instance seeded with <paramref name="seed"/>, handing each event to
    /// <paramref name="sink"/> the moment the program emits it; returns every event, separated by U+001E.</summary>
    /// <param name="programJson">The project's sources.</param>
    /// <param name="expression">The entry expression.</param>
    /// <param name="seed">The seed of the simulator's random source.</param>
    /// <param name="sink">Called on the engine's thread, synchronously, with each message's and dump's JSON text; it must not throw.</param>
    /// <param name="output">What the run may emit in all (see <see cref="Run"/>).</param>
    /// <returns>The run's Result or error event, and an OutputLimit event when it passed its limit; messages and dumps went to
    /// the sink only, so that the engine keeps nothing the sink does not.</returns>
    public string RunStreamed(string programJson, string expression, long seed, Action<string> sink, OutputLimit output)
    {
        var (lo, hi) = SplitSeed(seed);
        BeginRun();
        return (string)_host.InvokeMethod("runStreamed", programJson, expression, lo, hi, sink, output.MaxEvents, (double)output.MaxBytes, _stopForOutput);
    }

    /// <summary>Traces a parameterless operation by classical evaluation, grouped by callable scope, with allocation sites;
    /// returns <c>{"ok":true,"value":CIRCUIT}</c> or <c>{"ok":false,"error":TEXT}</c>.</summary>
    /// <param name="programJson">The project's sources.</param>
    /// <param name="operation">The fully qualified name of an operation without parameters.</param>
    /// <param name="maxOperations">The tracer stops recording after this many operations.</param>
    public string TraceScopes(string programJson, string operation, int maxOperations) =>
        (string)_host.InvokeMethod("traceScopes", programJson, operation, maxOperations);
}
