using System.Text;
using QuantumML.QSharp.Estimates;

namespace QuantumML.Cli;

/// <summary>Resource estimates as a text table: one row per quantity, one column per estimate.</summary>
internal static class EstimateTable
{
    public static string Render(IReadOnlyList<ResourceEstimate> items, IReadOnlyList<string> headings)
    {
        var rows = new List<(string Name, Func<ResourceEstimate, string> Value)>
        {
            ("logical qubits", e => EstimateFormat.Count(e.LogicalQubits)),
            ("logical depth", e => EstimateFormat.Count(e.LogicalDepth)),
            ("T states", e => EstimateFormat.Count(e.TStates)),
            ("code distance", e => EstimateFormat.Count(e.CodeDistance)),
            ("T factories", e => EstimateFormat.Count(e.TFactories)),
            ("physical qubits", e => EstimateFormat.Count(e.PhysicalQubits)),
            ("runtime", e => EstimateFormat.Duration(e.RuntimeNanoseconds)),
        };
        if (items.Any(e => e.Rqops is not null))
            rows.Add(("rQOPS", e => e.Rqops is { } r ? EstimateFormat.Compact(r) : "–"));

        var first = rows.Max(r => r.Name.Length);
        var widths = items.Select((e, i) => Math.Max(headings[i].Length, rows.Max(r => r.Value(e).Length))).ToList();
        var text = new StringBuilder();
        text.Append(new string(' ', first));
        for (var i = 0; i < items.Count; i++) text.Append("  ").Append(headings[i].PadLeft(widths[i]));
        text.Append('\n').Append(new string('─', first + widths.Sum(w => w + 2))).Append('\n');
        foreach (var (name, value) in rows)
        {
            text.Append(name.PadRight(first));
            for (var i = 0; i < items.Count; i++) text.Append("  ").Append(value(items[i]).PadLeft(widths[i]));
            text.Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }
}
