using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.ClearScript;
using QuantumML.QSharp.Engine;
using QuantumML.QSharp.Values;

namespace QuantumML.QSharp;

/// <summary>Runs Q# in-process with the real QDK compiler and simulator, on a pool of engines.</summary>
/// <remarks>
/// Each engine is a V8 runtime of its own with the qsharp-lang wasm module loaded; engines run in parallel,
/// one run each at a time. Every run compiles the project and evaluates the expression, so callers batch
/// many circuit evaluations into one expression. Thread-safe.
/// </remarks>
public sealed partial class QSharpRuntime : IDisposable
{
    private readonly QSharpRuntimeOptions _options;
    private readonly SemaphoreSlim _slots;
    private readonly Lazy<QdkModule> _module;
    private bool _disposed;

    /// <summary>Creates a runtime; engines start lazily, on first use.</summary>
    public QSharpRuntime(QSharpRuntimeOptions? options = null)
    {
        _options = options ?? new QSharpRuntimeOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Workers, 1, nameof(options));
        _slots = new SemaphoreSlim(_options.Workers, _options.Workers);
        _module = new Lazy<QdkModule>(() => QdkModule.Load(_options.ModuleDirectory));
    }

    /// <summary>How many runs may proceed at once.</summary>
    public int Workers => _options.Workers;

    /// <summary>The qsharp-lang version the runtime hosts.</summary>
    public string QdkVersion => _module.Value.Version;

    /// <summary>How many engines the process has started; runtimes share them, one run at a time each.</summary>
    public static int EnginesStarted => EnginePool.Started;

    /// <summary>Compiles <paramref name="project"/> and evaluates <paramref name="expression"/> (for example <c>Encodings.Demo(3)</c>).</summary>
    /// <exception cref="QSharpCompilationException">The project or the expression does not compile.</exception>
    /// <exception cref="QSharpRuntimeException">A shot failed at run time; its <see cref="QSharpRuntimeException.Result"/> holds every shot.</exception>
    /// <exception cref="QSharpTimeoutException">The run passed <see cref="RunOptions.Timeout"/>; its <see cref="QSharpTimeoutException.Partial"/>
    /// holds what the run emitted before.</exception>
    /// <exception cref="QSharpOutputLimitException">The run emitted more than <see cref="RunOptions.Output"/> allows.</exception>
    /// <exception cref="QSharpHostException">The simulator crashed (<see cref="QSharpHostException.OutOfMemory"/> when it ran out of memory).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<RunResult> RunAsync(QSharpProject project, string expression, RunOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        options ??= RunOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Shots, 1, nameof(options));
        options.Noise?.Validate();
        ArgumentNullException.ThrowIfNull(options.Output, nameof(options));
        options.Output.Validate();
        var seed = options.Seed ?? Random.Shared.NextInt64(0, 1L << 31);
        var reported = options.Reproducible ? seed : (long?)null;
        var noise = options.Noise is { } n ? JsonSerializer.Serialize(new[] { n.PX, n.PY, n.PZ, n.Loss }) : null;
        var type = options.TypedValues ? await TypeOfAsync(project, expression, cancellationToken).ConfigureAwait(false) : null;
        var (program, entry, token) = type is not null && TypedValues.NeedsPass(type)
            ? TypedValues.Pass(project, type, expression)
            : (project.ProgramJson, expression, null);
        IReadOnlyList<ShotResult> Shape(IReadOnlyList<ShotResult> shots) =>
            options.TypedValues ? shots.Select(s => TypedValues.Typed(s, type, token)).ToList() : shots;

        try
        {
            var (events, elapsed) = await WithEngineAsync(
                engine => engine.Run(program, entry, options.Shots, options.Reproducible, seed, noise, options.Output),
                options.Timeout, cancellationToken, salvage: true).ConfigureAwait(false);
            return EventDecoder.Decode(events, options.Shots, shots => new RunResult(expression, reported, Shape(shots), elapsed) { Type = type?.Text });
        }
        catch (QSharpTimeoutException e) when (e.PartialEvents is { } partial)
        {
            var (shots, unfinished) = EventDecoder.Partial(partial);
            throw new QSharpTimeoutException(e.Limit) { Partial = new RunResult(expression, reported, Shape(shots), e.Limit) { Unfinished = unfinished, Type = type?.Text } };
        }
    }

    /// <summary>The Q# type of <paramref name="expression"/>, learned by compiling it (without running it) where only a value of a
    /// fresh type fits: the compiler's message names the type.</summary>
    /// <returns>The type, or null when the expression does not compile on its own or its type cannot be read.</returns>
    public async Task<QType?> TypeOfAsync(QSharpProject project, string expression, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        var program = TypedValues.ProbeProgram(project, expression);
        var (events, _) = await WithEngineAsync(engine => engine.Run(program, "()", 0, false, 0, null, OutputLimit.Default), null, cancellationToken)
            .ConfigureAwait(false);
        return TypedValues.ReadProbe(events);
    }

    /// <summary>Compiles <paramref name="project"/> and lists its callables and <c>@Test()</c> operations; errors come back as diagnostics.</summary>
    public async Task<CheckResult> CheckAsync(QSharpProject project, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(project);
        var ((events, ast), _) = await WithEngineAsync(
            engine => (engine.Run(project.ProgramJson, "()", 1, false, 0, null, OutputLimit.Default), engine.Ast(project.ProgramJson)),
            null, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<QSharpDiagnostic> diagnostics = [];
        try
        {
            EventDecoder.Decode(events);
        }
        catch (QSharpCompilationException e)
        {
            diagnostics = e.Diagnostics;
        }
        var (callables, tests, spans) = AstIndex.Read(ast);
        return new CheckResult(project, callables, tests, diagnostics) { Declarations = SourceSpans.Declarations(project.Sources, spans) };
    }

    /// <param name="work">The work, on an engine of the pool.</param>
    /// <param name="timeout">Interrupts the work; null for none.</param>
    /// <param name="cancellationToken">Interrupts the work.</param>
    /// <param name="salvage">For <see cref="QSharpEngine.Run"/> and <see cref="QSharpEngine.RunStreamed"/>: a run interrupted for its
    /// output limit returns the events it kept (which end with the OutputLimit event) as its value, and one interrupted for its time
    /// limit hands them to the <see cref="QSharpTimeoutException"/>.</param>
    private async Task<(T Value, TimeSpan Elapsed)> WithEngineAsync<T>(Func<QSharpEngine, T> work, TimeSpan? timeout, CancellationToken cancellationToken, bool salvage = false)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => RunOnEngine(work, timeout, salvage, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    private (T, TimeSpan) RunOnEngine<T>(Func<QSharpEngine, T> work, TimeSpan? timeout, bool salvage, CancellationToken cancellationToken)
    {
        var module = _module.Value;
        var engine = EnginePool.Take(module);
        var interrupted = 0;
        var timedOut = false;
        void Stop(bool byTimer)
        {
            if (byTimer) timedOut = true;
            Interlocked.Exchange(ref interrupted, 1);
            engine.Interrupt();
        }

        var clock = Stopwatch.StartNew();
        try
        {
            using (timeout is { } limit ? new Timer(_ => Stop(true), null, limit, Timeout.InfiniteTimeSpan) : null)
            using (cancellationToken.Register(() => Stop(false)))
            {
                var value = work(engine);
                return (value, clock.Elapsed);
            }
        }
        catch (ScriptInterruptedException) when (salvage && engine.OutputStopped && !cancellationToken.IsCancellationRequested && typeof(T) == typeof(string))
        {
            engine.ClearPendingInterrupt();
            return ((T)(object)engine.TakePartial(), clock.Elapsed);
        }
        catch (ScriptInterruptedException) when (timedOut)
        {
            string? partial = null;
            if (salvage)
            {
                engine.ClearPendingInterrupt();
                partial = engine.TakePartial();
            }
            throw new QSharpTimeoutException(timeout!.Value) { PartialEvents = partial };
        }
        catch (ScriptInterruptedException e)
        {
            throw new OperationCanceledException("The Q# run was cancelled.", e, cancellationToken);
        }
        catch (ScriptEngineException e)
        {
            throw new QSharpHostException($"The Q# engine failed: {e.Message}", e);
        }
        finally
        {
            Recycle(module, engine, Volatile.Read(ref interrupted) != 0 || engine.OutputStopped);
        }
    }

    /// <summary>Returns an engine to the pool with a clean module instance where its state is in doubt.</summary>
    private void Recycle(QdkModule module, QSharpEngine engine, bool interrupted)
    {
        try
        {
            // An interrupt can land just after the script finished and stay pending: a trivial
            // evaluation consumes it before the engine is reused.
            if (interrupted) engine.ClearPendingInterrupt();
            if (interrupted || engine.MemoryBytes > _options.MaxEngineMemoryBytes) engine.Renew();
            EnginePool.Return(module, engine);
        }
        catch (ScriptEngineException)
        {
            // The engine cannot be trusted again; it stays referenced by the pool but is never handed out.
        }
    }

    /// <summary>A short description for logs: version and pool size.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"qsharp-lang {QdkVersion}, {Workers} worker(s)");

    /// <summary>Stops taking runs. Engines go back to the process-wide pool (see <c>EnginePool</c>) rather than being torn down.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _slots.Dispose();
    }
}
