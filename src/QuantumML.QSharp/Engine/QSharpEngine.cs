using System.Globalization;
using Microsoft.ClearScript;
using Microsoft.ClearScript.JavaScript;
using Microsoft.ClearScript.V8;

namespace QuantumML.QSharp.Engine;

/// <summary>One V8 runtime with the QDK module loaded. Not thread-safe: one run at a time.</summary>
internal sealed partial class QSharpEngine : IDisposable
{
    private readonly V8Runtime _runtime;
    private readonly V8ScriptEngine _engine;
    private readonly ScriptObject _host;

    public QSharpEngine(QdkModule module)
    {
        _stopForOutput = StopForOutput;
        _runtime = new V8Runtime("quantumml");
        _engine = _runtime.CreateScriptEngine();
        try
        {
            _engine.Execute(new DocumentInfo("quantumml-host.js"), module.HostScript);
            _engine.Execute(new DocumentInfo(QdkModule.ModuleFile), $"globalThis.__qscFactory = {module.FactoryScript};");

            var wasm = (ITypedArray<byte>)_engine.Evaluate($"new Uint8Array({module.WasmBytes.Length.ToString(CultureInfo.InvariantCulture)})");
            wasm.WriteBytes(module.WasmBytes, 0, (ulong)module.WasmBytes.Length, 0);
            _host = (ScriptObject)_engine.Script.__qml;
            _host.InvokeMethod("init", wasm);
        }
        catch (ScriptEngineException e)
        {
            Dispose();
            throw new QSharpHostException($"Could not load the Q# compiler from {module.Directory}: {e.Message}", e);
        }
    }

    /// <summary>Compiles the program and runs the expression; returns the raw events, separated by U+001E.</summary>
    /// <param name="programJson">The project's sources.</param>
    /// <param name="expression">The entry expression.</param>
    /// <param name="shots">Evaluations of the expression.</param>
    /// <param name="reproducible">Run on a fresh module instance seeded with <paramref name="seed"/>; otherwise
    /// reuse the current instance, whose random generator carries on from earlier runs.</param>
    /// <param name="seed">The seed for a fresh instance.</param>
    /// <param name="noiseJson">[px, py, pz], or null.</param>
    /// <param name="output">What the run may emit; past it the host script records an OutputLimit event and this engine
    /// interrupts the run (<see cref="OutputStopped"/>).</param>
    public string Run(string programJson, string expression, int shots, bool reproducible, long seed, string? noiseJson, OutputLimit output)
    {
        var (lo, hi) = SplitSeed(seed);
        BeginRun();
        return (string)_host.InvokeMethod("run", programJson, expression, shots, reproducible, lo, hi, noiseJson ?? (object)Undefined.Value,
            output.MaxEvents, (double)output.MaxBytes, _stopForOutput);
    }

    private int _outputStopped;
    private readonly Action _stopForOutput;

    /// <summary>Whether the run in progress (or the last one) was interrupted for passing its output limit.</summary>
    public bool OutputStopped => Volatile.Read(ref _outputStopped) != 0;

    private void BeginRun() => Volatile.Write(ref _outputStopped, 0);

    // Called by the host script, on the engine's thread, when a run passes its output limit: the module swallows exceptions
    // thrown from its event callback, so only an interrupt ends a program that keeps emitting.
    private void StopForOutput()
    {
        Volatile.Write(ref _outputStopped, 1);
        _engine.Interrupt();
    }

    /// <summary>The events the last run emitted before it was interrupted (separated by U+001E).</summary>
    public string TakePartial() => (string)_host.InvokeMethod("takePartial");

    /// <summary>Traces the program's entry point with the QDK circuit tracer; returns <c>{"ok":true,"value":CIRCUIT}</c>
    /// or <c>{"ok":false,"error":TEXT}</c>, the error being the tracer's JSON array of diagnostics.</summary>
    /// <param name="programJson">The sources, one of which declares the <c>@EntryPoint()</c>.</param>
    /// <param name="method"><c>classicalEval</c> or <c>simulate</c>.</param>
    /// <param name="maxOperations">The tracer stops recording after this many operations.</param>
    /// <param name="seed">The seed of the random source, used by <c>simulate</c> only.</param>
    public string Circuit(string programJson, string method, int maxOperations, long seed)
    {
        var (lo, hi) = SplitSeed(seed);
        return (string)_host.InvokeMethod("circuit", programJson, method, maxOperations, lo, hi);
    }

    /// <summary>Runs the QDK resource estimator; returns <c>{"ok":true,"value":RESULTS}</c> or <c>{"ok":false,"error":TEXT}</c>.</summary>
    /// <param name="programJson">The project's sources.</param>
    /// <param name="expression">The entry expression.</param>
    /// <param name="paramsJson">The estimator's job parameters: a JSON array with one object per estimate.</param>
    public string Estimate(string programJson, string expression, string paramsJson) =>
        (string)_host.InvokeMethod("estimate", programJson, expression, paramsJson);

    /// <summary>Compiles the program's <c>@EntryPoint()</c> to QIR under the adaptive profile; returns
    /// <c>{"ok":true,"value":"QIR TEXT"}</c> or <c>{"ok":false,"error":TEXT}</c>, the error being the compiler's JSON array of diagnostics.</summary>
    public string Qir(string programJson) => (string)_host.InvokeMethod("qir", programJson);

    private static (double Lo, double Hi) SplitSeed(long seed) =>
        ((uint)(seed & 0xffffffff), (uint)((ulong)seed >> 32));

    /// <summary>Replaces the module instance (its wasm memory only grows; a new one starts small).</summary>
    public void Renew() => _host.InvokeMethod("renew");

    /// <summary>The compiler's parsed program as indented text (see <see cref="AstIndex"/>).</summary>
    public string Ast(string programJson) => (string)_host.InvokeMethod("ast", programJson);

    /// <summary>The size of the module's wasm memory; it only grows.</summary>
    public long MemoryBytes => Convert.ToInt64(_host.InvokeMethod("memoryBytes"), CultureInfo.InvariantCulture);

    /// <summary>Runs a trivial script so that an interrupt requested after the last run finished is consumed here.</summary>
    public void ClearPendingInterrupt()
    {
        try
        {
            _engine.Evaluate("0");
        }
        catch (ScriptInterruptedException)
        {
        }
    }

    /// <summary>Stops the script running on this engine, from any thread.</summary>
    public void Interrupt() => _engine.Interrupt();

    public void Dispose()
    {
        _engine.Dispose();
        _runtime.Dispose();
    }
}
