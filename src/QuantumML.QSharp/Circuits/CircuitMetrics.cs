namespace QuantumML.QSharp.Circuits;

/// <summary>Size measures of a circuit.</summary>
/// <param name="Qubits">Wires.</param>
/// <param name="Operations">Operations of every kind, measurements and resets included.</param>
/// <param name="Depth">Layers when every operation starts as soon as all its qubits are free; operations on disjoint
/// qubits share a layer. Measurements and resets count as layers too.</param>
/// <param name="GateCounts">Operations by <see cref="CircuitOperation.Name"/>, in ordinal order of the name.</param>
/// <param name="TwoQubitGates">Gates acting on exactly two qubits (controls included): CNOT, CZ, SWAP, CRz, ...</param>
/// <param name="MultiQubitGates">Gates acting on three or more qubits, such as CCNOT.</param>
public sealed record CircuitMetrics(
    int Qubits,
    int Operations,
    int Depth,
    IReadOnlyDictionary<string, int> GateCounts,
    int TwoQubitGates,
    int MultiQubitGates)
{
    /// <summary>Computes the metrics of <paramref name="circuit"/>.</summary>
    public static CircuitMetrics Of(Circuit circuit)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        var layerOf = new Dictionary<int, int>();
        var depth = 0;
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int two = 0, multi = 0;
        foreach (var op in circuit.Operations)
        {
            var qubits = op.Qubits.Distinct().ToList();
            var layer = 1 + qubits.Select(q => layerOf.GetValueOrDefault(q)).DefaultIfEmpty(0).Max();
            foreach (var q in qubits) layerOf[q] = layer;
            depth = Math.Max(depth, layer);
            counts[op.Name] = counts.GetValueOrDefault(op.Name) + 1;
            if (op.Kind != OperationKind.Unitary) continue;
            if (qubits.Count == 2) two++;
            else if (qubits.Count > 2) multi++;
        }
        return new CircuitMetrics(circuit.Qubits.Count, circuit.Operations.Count, depth, counts, two, multi);
    }

    /// <summary>One line such as <c>3 qubits · 7 operations · depth 4 · 1 two-qubit gate</c>.</summary>
    public string Summary()
    {
        var line = $"{Plural(Qubits, "qubit")} · {Plural(Operations, "operation")} · depth {Depth} · {Plural(TwoQubitGates, "two-qubit gate")}";
        return MultiQubitGates > 0 ? $"{line} · {Plural(MultiQubitGates, "gate")} on 3+ qubits" : line;
    }

    /// <summary>The counts as one line, such as <c>CNOT 1, H 1, M 3, Rz 1</c>.</summary>
    public string CountsLine() => string.Join(", ", GateCounts.Select(kv => $"{kv.Key} {kv.Value}"));

    private static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
