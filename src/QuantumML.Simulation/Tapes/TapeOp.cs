namespace QuantumML.Simulation.Tapes;

/// <summary>One step of a tape's schedule: a run of single-qubit gates on one qubit, applied as one 2×2 product, or one
/// multi-qubit gate.</summary>
/// <param name="Qubit">The run's qubit, or −1 for a multi-qubit gate.</param>
/// <param name="Gates">Indices into <see cref="Tape.Gates"/>, in program order.</param>
public sealed record TapeOp(int Qubit, int[] Gates)
{
    /// <summary>Whether this is a run of single-qubit gates.</summary>
    public bool IsRun => Qubit >= 0;

    /// <summary>The schedule of <paramref name="gates"/>: single-qubit gates on a qubit gather into one run until a multi-qubit
    /// gate touches that qubit; gates on other qubits commute with them, so the order of the state is unchanged.</summary>
    public static TapeOp[] Schedule(TapeGate[] gates, int qubits)
    {
        var ops = new List<TapeOp>();
        var pending = new List<int>?[qubits];
        void Flush(int q)
        {
            if (pending[q] is not { Count: > 0 } run) return;
            ops.Add(new TapeOp(q, [.. run]));
            pending[q] = null;
        }
        for (var g = 0; g < gates.Length; g++)
        {
            var gate = gates[g];
            if (gate.Qubits.Length == 1)
            {
                (pending[gate.Qubits[0]] ??= []).Add(g);
                continue;
            }
            foreach (var q in gate.Qubits) Flush(q);
            ops.Add(new TapeOp(-1, [g]));
        }
        for (var q = 0; q < qubits; q++) Flush(q);
        return [.. ops];
    }
}
