namespace QuantumML.QSharp;

/// <summary>Settings of a <see cref="QSharpRuntime"/>.</summary>
public sealed record QSharpRuntimeOptions
{
    /// <summary>How many engines may run at once, each on its own V8 runtime; range ≥ 1. Default: the processor count.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>The folder holding <c>qsc_wasm.js</c> and <c>qsc_wasm_bg.wasm</c>; null for the <c>qsharp/</c> folder beside the assemblies.</summary>
    public string? ModuleDirectory { get; init; }

    /// <summary>A module instance whose wasm memory grew past this many bytes is replaced after its run, since wasm memory is never given back.</summary>
    public long MaxEngineMemoryBytes { get; init; } = 1L << 30;
}
