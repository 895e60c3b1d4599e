namespace QuantumML.QSharp.Engine;

internal sealed partial class QSharpEngine
{
    /// <summary>Runs the expression once on a fresh module instance seeded with <paramref name="seed"/>, handing each event to
    /// <paramref name="sink"/> the moment the program emits it; returns every event, separated by U+001E.</summary>
    /// <param name="programJson">The project's sources.</param>
    /// <param name="expression">The entry expression.</param>
    /// <param name="seed">The seed of the simulator's random source.</param>
    /// <param name="sink">Called on the engine's thread, synchronously, with each event's JSON text; it must not throw.</param>
    public string RunStreamed(string programJson, string expression, long seed, Action<string> sink)
    {
        var (lo, hi) = SplitSeed(seed);
        return (string)_host.InvokeMethod("runStreamed", programJson, expression, lo, hi, sink);
    }

    /// <summary>Traces a parameterless operation by classical evaluation, grouped by callable scope, with allocation sites;
    /// returns <c>{"ok":true,"value":CIRCUIT}</c> or <c>{"ok":false,"error":TEXT}</c>.</summary>
    /// <param name="programJson">The project's sources.</param>
    /// <param name="operation">The fully qualified name of an operation without parameters.</param>
    /// <param name="maxOperations">The tracer stops recording after this many operations.</param>
    public string TraceScopes(string programJson, string operation, int maxOperations) =>
        (string)_host.InvokeMethod("traceScopes", programJson, operation, maxOperations);
}
