using System.Collections.Concurrent;

namespace QuantumML.QSharp.Engine;

/// <summary>The process-wide set of started engines, shared by every <see cref="QSharpRuntime"/>.</summary>
/// <remarks>
/// Engines are never disposed. Seen with ClearScript 7.5.1.1: disposing a V8 runtime while V8's background
/// work (queued to the .NET thread pool) is still running deadlocks the disposing thread in
/// V8Entity_Release, and with it any engine waiting on that work. An engine is instead kept, and its
/// wasm module instance replaced when its state is in doubt (after an interrupt) or its memory has grown:
/// all simulator state lives in that instance. Engines stay referenced here so that no finalizer
/// releases them either. The pool therefore holds at most as many engines as were ever busy at once.
/// </remarks>
internal static class EnginePool
{
    private static readonly ConcurrentDictionary<QdkModule, ConcurrentBag<QSharpEngine>> Idle = new();
    private static readonly ConcurrentBag<QSharpEngine> All = [];
    private static int _started;

    /// <summary>How many engines this process has started.</summary>
    public static int Started => Volatile.Read(ref _started);

    public static QSharpEngine Take(QdkModule module)
    {
        if (Idle.GetOrAdd(module, _ => []).TryTake(out var engine)) return engine;
        engine = new QSharpEngine(module);
        All.Add(engine);
        Interlocked.Increment(ref _started);
        return engine;
    }

    public static void Return(QdkModule module, QSharpEngine engine) => Idle.GetOrAdd(module, _ => []).Add(engine);
}
