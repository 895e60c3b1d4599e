using QuantumML.Simulation.Tapes;

namespace QuantumML.Simulation.StateVectors;

/// <summary>How many state vectors the engine may hold at once without running the process out of memory.</summary>
public static class EngineMemory
{
    /// <summary>The bytes of one state of <paramref name="qubits"/> qubits (two doubles per amplitude).</summary>
    public static long StateBytes(int qubits) => 16L << qubits;

    /// <summary>How many workers can each hold <paramref name="statesPerWorker"/> states, at most <paramref name="wanted"/>.</summary>
    /// <exception cref="CompiledEngineRefusedException">Even one worker's states do not fit in half the memory available.</exception>
    public static int Workers(int qubits, int statesPerWorker, int wanted)
    {
        var budget = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2;
        var perWorker = StateBytes(qubits) * statesPerWorker;
        if (perWorker > budget)
            throw new CompiledEngineRefusedException($"{statesPerWorker} state(s) of {qubits} qubits need {perWorker / (1024.0 * 1024 * 1024):0.#} GiB, more than half of the {budget * 2 / (1024.0 * 1024 * 1024):0.#} GiB available");
        return (int)Math.Max(1, Math.Min(wanted, budget / perWorker));
    }
}
