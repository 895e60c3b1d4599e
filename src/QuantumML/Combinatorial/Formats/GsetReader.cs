using System.Globalization;
using QuantumML.Combinatorial.Problems;

namespace QuantumML.Combinatorial.Formats;

/// <summary>Reads the G-set / rudy format: "N M", then M lines "i j w" with 1-based vertices; blank lines and trailing
/// spaces are allowed.</summary>
internal static class GsetReader
{
    public static MaxCutGraph Parse(string text, string file)
    {
        var lines = new TextLines(text, file, hashComments: false);
        int? vertices = null;
        var announced = 0;
        var edges = new List<WeightedEdge>();
        foreach (var (line, fields) in lines.Read())
        {
            if (vertices is null)
            {
                if (fields.Length != 2) throw lines.Error(line, $"expected the header 'N M' (vertices, edges), found {fields.Length} fields");
                vertices = lines.Integer(line, fields[0], "the vertex count N", 1, ProblemLoader.MaxVariables);
                announced = lines.Integer(line, fields[1], "the edge count M", 0, int.MaxValue);
                continue;
            }
            if (fields.Length != 3) throw lines.Error(line, $"expected an edge 'i j w', found {fields.Length} fields");
            if (edges.Count == announced)
                throw lines.Error(line, string.Create(CultureInfo.InvariantCulture, $"more edges than the {announced} the header announces"));
            var u = lines.Integer(line, fields[0], "vertex", 1, vertices.Value);
            var v = lines.Integer(line, fields[1], "vertex", 1, vertices.Value);
            if (u == v) throw lines.Error(line, string.Create(CultureInfo.InvariantCulture, $"edge {u}-{v} is a self-loop"));
            edges.Add(new WeightedEdge(u - 1, v - 1, lines.Number(line, fields[2], "weight")));
        }
        if (vertices is null) throw lines.Error(1, "the file is empty (expected the header 'N M')");
        if (edges.Count < announced)
            throw lines.Error(lines.LastLine, string.Create(CultureInfo.InvariantCulture, $"the file ends after {edges.Count} edges; the header announces {announced}"));
        return MaxCutGraph.Create(vertices.Value, edges);
    }
}
