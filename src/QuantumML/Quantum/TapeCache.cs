using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using QuantumML.QSharp;
using QuantumML.Simulation.Tapes;

namespace QuantumML.Quantum;

/// <summary>Compiled tapes, one per (project, circuit) for the whole process: every seed and fold of an experiment runs the
/// same circuits, and a tape depends on the Q# sources and the circuit alone, never on data or seeds.</summary>
internal static class TapeCache
{
    private static readonly ConditionalWeakTable<QSharpProject, ConcurrentDictionary<CircuitTemplate, Lazy<Task<Tape>>>> Tapes = [];

    /// <summary>The tape of <paramref name="template"/>, compiled on first use; a refusal is remembered like a tape.</summary>
    public static async Task<Tape> GetAsync(QSharpRuntime runtime, QSharpProject project, CircuitTemplate template, CancellationToken ct)
    {
        var tapes = Tapes.GetOrCreateValue(project);
        var entry = tapes.GetOrAdd(template, t => new Lazy<Task<Tape>>(() => TapeCompiler.CompileAsync(runtime, project, t, CancellationToken.None)));
        try
        {
            return await entry.Value.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not CompiledEngineRefusedException and not OperationCanceledException)
        {
            // A host failure is not a property of the circuit: the next caller compiles again.
            tapes.TryRemove(new KeyValuePair<CircuitTemplate, Lazy<Task<Tape>>>(template, entry));
            throw;
        }
    }
}
