using System.Globalization;
using QuantumML.Combinatorial.Problems;
using QuantumML.Data;
using QuantumML.IO;

namespace QuantumML.Graphs;

/// <summary>Reads a graph from CSV: an edge list with the header <c>source,target</c> or <c>source,target,weight</c>
/// (0-based integer node ids, weight 1 when absent), and optionally a node file <c>node,label</c> giving every node's class.</summary>
/// <remarks>Fields are comma-separated and trimmed; blank lines are skipped. The graph has max(node id) + 1 nodes, or
/// as many as the node file lists (which must name each node 0..n-1 exactly once). Class names are numbered in order of
/// first appearance.</remarks>
public static class GraphCsv
{
    /// <summary>Loads the edge list at <paramref name="edgesPath"/> and, when given, the labels at <paramref name="labelsPath"/>.</summary>
    /// <exception cref="DataFormatException">A file is not in the format; the message names the file, line and column.</exception>
    /// <exception cref="DataFileException">A file is missing, not a regular file, or too large.</exception>
    public static Graph Load(string edgesPath, string? labelsPath = null)
    {
        ArgumentNullException.ThrowIfNull(edgesPath);
        (int[] Labels, string[] Names)? labels = labelsPath is null ? null : ParseLabels(DataFile.ReadText(labelsPath, what: "node file"), Path.GetFileName(labelsPath));
        return Parse(DataFile.ReadText(edgesPath, what: "edge file"), Path.GetFileName(edgesPath), labels);
    }

    /// <summary>Parses edge-list text; <paramref name="labels"/> is what <see cref="ParseLabels"/> read, or null.</summary>
    public static Graph Parse(string edgesText, string fileName, (int[] Labels, string[] Names)? labels = null)
    {
        ArgumentNullException.ThrowIfNull(edgesText);
        var rows = Rows(edgesText, fileName, out var header, out var headerLine);
        if (header is not (["source", "target"] or ["source", "target", "weight"]))
            throw new DataFormatException(fileName, headerLine, null, $"the header must be 'source,target' or 'source,target,weight'");
        var edges = new List<WeightedEdge>();
        var maxNode = -1;
        foreach (var (line, fields) in rows)
        {
            if (fields.Length != header.Length) throw new DataFormatException(fileName, line, null, $"expected {header.Length} fields, found {fields.Length}");
            var u = Node(fields[0], fileName, line, "source");
            var v = Node(fields[1], fileName, line, "target");
            if (u == v) throw new DataFormatException(fileName, line, null, $"edge {u}-{v} is a self-loop");
            var w = 1.0;
            if (header.Length == 3 && !(double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out w) && double.IsFinite(w) && w > 0))
                throw new DataFormatException(fileName, line, "weight", "not a positive number");
            edges.Add(new WeightedEdge(u, v, w));
            maxNode = Math.Max(maxNode, Math.Max(u, v));
        }
        if (edges.Count == 0) throw new DataFormatException(fileName, headerLine, null, "the file has a header but no edges");
        if (labels is { } l)
        {
            if (maxNode >= l.Labels.Length)
                throw new DataFormatException($"{fileName}: node {maxNode} has an edge but the node file lists only nodes 0..{l.Labels.Length - 1}");
            return Graph.Create(l.Labels.Length, edges, l.Labels, l.Names);
        }
        return Graph.Create(maxNode + 1, edges);
    }

    /// <summary>Parses a node file <c>node,label</c>: every node 0..n-1 once, in any order.</summary>
    public static (int[] Labels, string[] Names) ParseLabels(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = Rows(text, fileName, out var header, out var headerLine);
        if (header is not ["node", "label"]) throw new DataFormatException(fileName, headerLine, null, "the header must be 'node,label'");
        var byNode = new Dictionary<int, (int Line, string Label)>();
        foreach (var (line, fields) in rows)
        {
            if (fields.Length != 2) throw new DataFormatException(fileName, line, null, $"expected 2 fields, found {fields.Length}");
            var node = Node(fields[0], fileName, line, "node");
            if (fields[1].Length == 0) throw new DataFormatException(fileName, line, "label", "the label is empty");
            if (byNode.TryGetValue(node, out var earlier)) throw new DataFormatException(fileName, line, "node", $"node {node} is listed twice (also on line {earlier.Line})");
            byNode[node] = (line, fields[1]);
        }
        if (byNode.Count == 0) throw new DataFormatException(fileName, headerLine, null, "the file has a header but no nodes");
        var n = byNode.Keys.Max() + 1;
        if (byNode.Count != n)
            throw new DataFormatException($"{fileName}: nodes must be 0..{n - 1}; missing {string.Join(", ", Enumerable.Range(0, n).Where(i => !byNode.ContainsKey(i)).Take(5))}");
        var names = new List<string>();
        var labels = new int[n];
        foreach (var (node, (_, label)) in byNode.OrderBy(p => p.Value.Line))
        {
            var index = names.IndexOf(label);
            if (index < 0)
            {
                index = names.Count;
                names.Add(label);
            }
            labels[node] = index;
        }
        return (labels, [.. names]);
    }

    private static int Node(string field, string fileName, int line, string column) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var node) && node < 10_000_000
            ? node
            : throw new DataFormatException(fileName, line, column, "not a node id (a 0-based integer below 10000000)");

    // The header (first non-blank line) and the rows after it, split on commas and trimmed.
    private static List<(int Line, string[] Fields)> Rows(string text, string fileName, out string[] header, out int headerLine)
    {
        var rows = new List<(int, string[])>();
        string[]? first = null;
        headerLine = 0;
        var number = 0;
        using var reader = new StringReader(text);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            if (line.Trim().Length == 0) continue;
            var fields = line.Split(',').Select(f => f.Trim()).ToArray();
            if (first is null)
            {
                first = fields;
                headerLine = number;
            }
            else
            {
                rows.Add((number, fields));
            }
        }
        header = first ?? throw new DataFormatException(fileName, Math.Max(number, 1), null, "the file is empty (expected a header row)");
        return rows;
    }
}
