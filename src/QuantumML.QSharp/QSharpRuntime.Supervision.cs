using System.Text.Json;
using QuantumML.QSharp.Engine;
using QuantumML.QSharp.Supervision;

namespace QuantumML.QSharp;

public sealed partial class QSharpRuntime
{
    /// <summary>How many operations a qubit trace records before it stops recording (the program still runs to its end).</summary>
    private const int TraceMaxOperations = 50_000;

    /// <summary>Runs <paramref name="expression"/> once, seeded, under a watchdog: every message and state dump goes to
    /// <paramref name="observer"/> as the program emits it, and the observer can set a new time limit (so that each part of one
    /// long program gets a limit of its own) or stop the run; a stopped run still delivered everything before the stop.</summary>
    /// <param name="project">The Q# project.</param>
    /// <param name="expression">The entry expression.</param>
    /// <param name="seed">The seed of the simulator's random source; the run gets a fresh instance, so the same seed repeats every outcome.</param>
    /// <param name="timeLimit">The limit until the observer sets another.</param>
    /// <param name="observer">Receives messages and dumps, and steers the run.</param>
    /// <param name="output">What the whole run may emit; null for <see cref="OutputLimit.Default"/>. The engine keeps none of it:
    /// the observer decides what to hold.</param>
    /// <param name="cancellationToken">Stops the run (as <see cref="OperationCanceledException"/>).</param>
    /// <returns>How the run ended: a run-time failure, a passed time or output limit, a stop or a simulator crash are outcomes,
    /// not exceptions.</returns>
    /// <exception cref="QSharpCompilationException">The project or the expression does not compile.</exception>
    public async Task<SupervisedRun> RunSupervisedAsync(
        QSharpProject project, string expression, long seed, TimeSpan timeLimit, IRunObserver observer, OutputLimit? output = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        ArgumentNullException.ThrowIfNull(observer);
        output ??= OutputLimit.Default;
        output.Validate();
        using var watchdog = new Watchdog();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, watchdog.Token);
        Exception? observerFailure = null;
        string? stopReason = null;
        void Sink(string json)
        {
            // After a stop the interrupt may take a moment to land; nothing more reaches the observer.
            if (stopReason is not null || observerFailure is not null) return;
            try
            {
                using var doc = JsonDocument.Parse(json);
                var root = doc.RootElement;
                var signal = root.GetProperty("type").GetString() switch
                {
                    "Message" => observer.OnMessage(root.GetProperty("message").GetString() ?? ""),
                    "DumpMachine" => observer.OnDump(new DumpEvent(json, root.GetProperty("qubitCount").GetInt32())),
                    _ => RunSignal.Continue,
                };
                if (signal.StopReason is { } reason)
                {
                    stopReason = reason;
                    watchdog.Fire();
                }
                else if (signal.Limit is { } limit)
                {
                    watchdog.Arm(limit);
                }
            }
            catch (Exception e) when (observerFailure is null)
            {
                // Thrown into the script it would end the run as a host error; keep it to rethrow as itself.
                observerFailure = e;
                watchdog.Fire();
            }
        }

        try
        {
            var (events, elapsed) = await WithEngineAsync(engine =>
            {
                watchdog.Arm(timeLimit);
                return engine.RunStreamed(project.ProgramJson, expression, seed, Sink, output);
            }, null, linked.Token, salvage: true).ConfigureAwait(false);
            if (observerFailure is not null) throw observerFailure;
            return Ending(events, seed, elapsed);
        }
        catch (OperationCanceledException) when (watchdog.Fired && !cancellationToken.IsCancellationRequested)
        {
            if (observerFailure is not null) throw observerFailure;
            return stopReason is not null
                ? new SupervisedRun(SupervisedOutcome.Stopped, seed, watchdog.Elapsed) { Error = stopReason }
                : new SupervisedRun(SupervisedOutcome.TimedOut, seed, watchdog.Elapsed) { Limit = watchdog.Limit };
        }
    }

    /// <summary>The outcome a finished run's events report: its Result, its output limit, or the host's error.</summary>
    private static SupervisedRun Ending(string events, long seed, TimeSpan elapsed)
    {
        SupervisedRun? ending = null;
        EventDecoder.ForEach(events, root =>
        {
            switch (root.GetProperty("type").GetString())
            {
                case "Result" when root.GetProperty("success").GetBoolean():
                    ending = new SupervisedRun(SupervisedOutcome.Completed, seed, elapsed) { Value = root.GetProperty("result").GetString() ?? "" };
                    break;
                case "Result":
                    var result = root.GetProperty("result");
                    var diagnostics = EventDecoder.Diagnostics(result);
                    if (!EventDecoder.IsRuntimeFailure(result)) throw new QSharpCompilationException(diagnostics);
                    ending = new SupervisedRun(SupervisedOutcome.Failed, seed, elapsed) { Diagnostics = diagnostics };
                    break;
                case "OutputLimit":
                    var limit = new OutputLimit(root.GetProperty("maxEvents").GetInt32(), root.GetProperty("maxBytes").GetInt64());
                    ending = new SupervisedRun(SupervisedOutcome.OutputLimit, seed, elapsed)
                    {
                        Error = QSharpOutputLimitException.Describe(limit, root.GetProperty("events").GetInt64(), (long)Math.Min(long.MaxValue, root.GetProperty("bytes").GetDouble()), root.GetProperty("dumpQubits").GetInt32()),
                    };
                    break;
                case "HostError" when ending is null:
                    // After a failed Result the module throws a short summary of it; only a host error on its own is news.
                    var error = EventDecoder.HostError(root);
                    ending = new SupervisedRun(SupervisedOutcome.Crashed, seed, elapsed) { Error = error.Message, OutOfMemory = error.OutOfMemory };
                    break;
            }
        });
        return ending ?? new SupervisedRun(SupervisedOutcome.Crashed, seed, elapsed) { Error = "the program ended without a result" };
    }

    /// <summary>Traces the parameterless <paramref name="operation"/> with the QDK circuit tracer by classical evaluation (gates are
    /// recorded, not simulated, so a wide register costs nothing) and reports, for each callable it calls directly, the most
    /// qubits in use at once during that call and where the highest of them was allocated.</summary>
    /// <param name="project">The Q# project.</param>
    /// <param name="operation">The fully qualified name of an operation without parameters, such as <c>Checks.Probe</c>.</param>
    /// <param name="timeLimit">Stops the trace; null for none.</param>
    /// <param name="cancellationToken">Stops the trace.</param>
    /// <returns>One entry per direct call that touched a qubit, in the order the tracer lists them.</returns>
    /// <exception cref="QSharpCompilationException">The project does not compile.</exception>
    /// <exception cref="QSharpRuntimeException">The program failed while being traced, or compared measurement results
    /// (code <see cref="ResultComparisonUnsupported"/>), which classical evaluation cannot follow.</exception>
    /// <exception cref="QSharpTimeoutException">The trace passed <paramref name="timeLimit"/>.</exception>
    public async Task<IReadOnlyList<ScopeQubits>> TraceQubitsAsync(
        QSharpProject project, string operation, TimeSpan? timeLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        var (json, _) = await WithEngineAsync(engine => engine.TraceScopes(project.ProgramJson, operation, TraceMaxOperations), timeLimit, cancellationToken)
            .ConfigureAwait(false);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (!root.GetProperty("ok").GetBoolean())
            throw TraceFailure(root, null);
        return QubitScopes.Read(root.GetProperty("value"));
    }
}
