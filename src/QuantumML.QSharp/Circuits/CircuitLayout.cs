namespace QuantumML.QSharp.Circuits;

/// <summary>Where a diagram draws each operation: one row per wire, and columns in which operations whose drawn spans
/// (from their lowest to their highest wire) do not overlap stand side by side, each as early as its wires allow.</summary>
internal sealed class CircuitLayout
{
    private CircuitLayout(IReadOnlyList<int> qubitOfRow, IReadOnlyList<IReadOnlyList<Placed>> columns)
    {
        QubitOfRow = qubitOfRow;
        Columns = columns;
    }

    /// <summary>One operation in its column, with the rows it draws on.</summary>
    /// <param name="Operation">The operation.</param>
    /// <param name="Targets">Rows of its targets.</param>
    /// <param name="Controls">Rows of its controls.</param>
    public sealed record Placed(CircuitOperation Operation, IReadOnlyList<int> Targets, IReadOnlyList<int> Controls)
    {
        /// <summary>The topmost row it draws on.</summary>
        public int Top => Targets.Concat(Controls).Min();

        /// <summary>The bottom row it draws on.</summary>
        public int Bottom => Targets.Concat(Controls).Max();

        /// <summary>Whether a vertical line joins its wires.</summary>
        public bool Spans => Bottom > Top;
    }

    /// <summary>The qubit id drawn on each row.</summary>
    public IReadOnlyList<int> QubitOfRow { get; }

    public IReadOnlyList<IReadOnlyList<Placed>> Columns { get; }

    public int Rows => QubitOfRow.Count;

    public static CircuitLayout Of(Circuit circuit)
    {
        var rowOf = new Dictionary<int, int>();
        foreach (var q in circuit.Qubits) rowOf.TryAdd(q.Id, rowOf.Count);
        // A qubit the operations name but the wire list lacks still gets a row.
        foreach (var q in circuit.Operations.SelectMany(o => o.Qubits)) rowOf.TryAdd(q, rowOf.Count);
        var nextFree = new int[rowOf.Count];
        var columns = new List<List<Placed>>();
        foreach (var op in circuit.Operations)
        {
            var placed = new Placed(op, op.Targets.Select(q => rowOf[q]).ToList(), op.Controls.Select(q => rowOf[q]).ToList());
            if (placed.Targets.Count + placed.Controls.Count == 0) continue;
            var column = 0;
            for (var r = placed.Top; r <= placed.Bottom; r++) column = Math.Max(column, nextFree[r]);
            for (var r = placed.Top; r <= placed.Bottom; r++) nextFree[r] = column + 1;
            while (columns.Count <= column) columns.Add([]);
            columns[column].Add(placed);
        }
        return new CircuitLayout(rowOf.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToList(), columns);
    }
}
