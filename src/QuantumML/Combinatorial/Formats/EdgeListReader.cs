using System.Globalization;
using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Formats;

/// <summary>Reads a plain edge list: lines "i j [w]" with 0-based vertices, weight 1 when absent, '#' comments; the
/// graph has max(vertex) + 1 vertices.</summary>
internal static class EdgeListReader
{
    public static MaxCutGraph Parse(string text, string file)
    {
        var lines = new TextLines(text, file, hashComments: true);
        var edges = new List<WeightedEdge>();
        var maxVertex = -1;
        foreach (var (line, fields) in lines.Read())
        {
            if (fields.Length is not (2 or 3)) throw lines.Error(line, $"expected an edge 'i j' or 'i j w', found {fields.Length} fields");
            var u = lines.Integer(line, fields[0], "vertex", 0, ProblemLoader.MaxVariables - 1);
            var v = lines.Integer(line, fields[1], "vertex", 0, ProblemLoader.MaxVariables - 1);
            if (u == v) throw lines.Error(line, string.Create(CultureInfo.InvariantCulture, $"edge {u}-{v} is a self-loop"));
            var w = fields.Length == 3 ? lines.Number(line, fields[2], "weight") : 1.0;
            edges.Add(new WeightedEdge(u, v, w));
            maxVertex = Math.Max(maxVertex, Math.Max(u, v));
        }
        if (edges.Count == 0) throw lines.Error(lines.LastLine, "the file has no edges");
        return MaxCutGraph.Create(maxVertex + 1, edges);
    }
}
