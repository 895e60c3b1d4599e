using System.Globalization;
using System.Text;

namespace QuantumML.QSharp.Circuits;

/// <summary>Draws a circuit as text: one wire per qubit, gates with their rounded arguments, <c>●</c> on controls,
/// <c>⊕</c> on controlled-X targets, <c>M</c> for measurements, <c>|0⟩</c> for resets, and <c>│</c>/<c>┼</c> joining a
/// multi-qubit gate's wires. A circuit wider than the requested width is cut into sections, one under the other; a
/// section's wires end in <c>»</c> where the next one goes on, and the next one's start with <c>«</c>.</summary>
public static class CircuitRenderer
{
    private const char Wire = '─';

    /// <summary>Renders <paramref name="circuit"/> in lines of at most <paramref name="width"/> characters (a single column
    /// wider than that still gets a section of its own); lines end with <c>\n</c>.</summary>
    /// <param name="circuit">The circuit.</param>
    /// <param name="width">The widest line allowed; range ≥ 20.</param>
    /// <param name="decimals">Decimal places of gate arguments.</param>
    public static string Render(Circuit circuit, int width = 100, int decimals = 2)
    {
        ArgumentNullException.ThrowIfNull(circuit);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 20);
        var layout = CircuitLayout.Of(circuit);
        if (layout.Rows == 0) return "(no qubits)";

        var labels = layout.QubitOfRow.Select(id => string.Create(CultureInfo.InvariantCulture, $"q{id}")).ToList();
        var prefix = labels.Max(l => l.Length) + 1;
        var cells = layout.Columns.Select(c => Column(c, layout.Rows, decimals)).ToList();

        var text = new StringBuilder();
        var start = 0;
        do
        {
            var end = start;
            var used = prefix + 1;
            while (end < cells.Count && (end == start || used + cells[end].Width <= width))
            {
                used += cells[end].Width;
                end++;
            }
            if (start > 0) text.Append('\n');
            AppendSection(text, labels, prefix, cells, start, end, continued: start > 0, goesOn: end < cells.Count);
            start = end;
        }
        while (start < cells.Count);
        return text.ToString().TrimEnd('\n');
    }

    private static void AppendSection(StringBuilder text, List<string> labels, int prefix, List<Cells> cells, int start, int end, bool continued, bool goesOn)
    {
        for (var row = 0; row < labels.Count; row++)
        {
            text.Append(labels[row].PadRight(prefix)).Append(continued ? '«' : Wire);
            for (var c = start; c < end; c++) text.Append(cells[c].Wires[row]);
            text.Append(goesOn ? '»' : Wire).Append('\n');
            if (row == labels.Count - 1) break;
            var gap = new StringBuilder(new string(' ', prefix + 1));
            for (var c = start; c < end; c++) gap.Append(cells[c].Gaps[row]);
            text.Append(gap.ToString().TrimEnd()).Append('\n');
        }
    }

    /// <summary>One column drawn: the text on each wire, and on each gap between wire r and r + 1.</summary>
    private sealed record Cells(int Width, string[] Wires, string[] Gaps);

    private static Cells Column(IReadOnlyList<CircuitLayout.Placed> column, int rows, int decimals)
    {
        // Operations in one column have disjoint spans, so each row carries at most one operation's mark.
        var marks = new Dictionary<int, string>();
        foreach (var placed in column)
        {
            var target = GateLabel.Target(placed.Operation, decimals);
            foreach (var r in placed.Targets) marks[r] = target;
            foreach (var r in placed.Controls) marks[r] = GateLabel.Control;
        }
        var inner = marks.Values.Max(m => m.Length);
        var width = inner + 2;
        var center = 1 + (inner - 1) / 2;

        var wires = new string[rows];
        var gaps = new string[Math.Max(0, rows - 1)];
        for (var r = 0; r < rows; r++) wires[r] = new string(Wire, width);
        for (var r = 0; r < gaps.Length; r++) gaps[r] = new string(' ', width);
        foreach (var placed in column)
        {
            for (var r = placed.Top; r <= placed.Bottom; r++)
            {
                wires[r] = marks.TryGetValue(r, out var mark) ? Centered(mark, width) : Put(wires[r], center, '┼');
                if (r < placed.Bottom) gaps[r] = Put(gaps[r], center, '│');
            }
        }
        return new Cells(width, wires, gaps);
    }

    // A label of the other parity than the column's width sits half a character left, so that a one-character mark
    // (a control) and the vertical line through it share the column's center.
    private static string Centered(string label, int width)
    {
        var left = (width - label.Length) / 2;
        return new string(Wire, left) + label + new string(Wire, width - left - label.Length);
    }

    private static string Put(string line, int index, char c) =>
        string.Concat(line.AsSpan(0, index), c.ToString(), line.AsSpan(index + 1));
}
