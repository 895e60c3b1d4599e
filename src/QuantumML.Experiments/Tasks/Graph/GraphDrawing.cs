using System.Globalization;
using QuantumML.Experiments.Results;
using QuantumML.Graphs;
using ScottPlot;

namespace QuantumML.Experiments.Tasks.Graph;

// Inside this namespace the name Graph would mean the namespace itself.
using Graph = QuantumML.Graphs.Graph;

/// <summary>Draws a graph once per method, nodes coloured by the communities the method found (first seed), on one
/// force-directed layout, beside the known classes.</summary>
internal static class GraphDrawing
{
    private const int PanelSize = 420;

    /// <summary>Writes the drawing of <paramref name="runs"/> (one first-seed run per method, all on one graph) to <paramref name="path"/>.</summary>
    public static void Draw(string instance, IReadOnlyList<RunRecord> runs, string path)
    {
        var graph = runs.Select(r => r.Communities?.Graph).First(g => g is not null)!.ToGraph();
        var (x, y) = ForceDirectedLayout.Compute(graph, seed: 1);
        var panels = new List<Plot>();
        if (graph.Labels is { } truth) panels.Add(Panel(graph, x, y, truth, truth, [], $"{instance}: known classes ({string.Join(", ", graph.LabelNames!.Select((n, c) => $"{n}: {ColorName(c)}"))})"));
        foreach (var run in runs)
        {
            var found = run.Communities!.Communities;
            var colours = graph.Labels is { } labels ? MatchToClasses(labels, found) : found;
            var title = new List<string> { $"{run.Group ?? run.Model}, seed {run.Seed}" };
            if (run.Metrics.TryGetValue(GraphMetrics.Ari, out var ari)) title.Add(string.Create(CultureInfo.InvariantCulture, $"ARI {ari:0.00}"));
            if (run.Metrics.TryGetValue(GraphMetrics.Misassigned, out var wrong)) title.Add(string.Create(CultureInfo.InvariantCulture, $"{wrong:0} wrong"));
            title.Add(string.Create(CultureInfo.InvariantCulture, $"Q {run.Metrics[GraphMetrics.Modularity]:0.000}"));
            panels.Add(Panel(graph, x, y, colours, graph.Labels, run.Communities.LabelledNodes, string.Join(", ", title)));
        }
        var columns = Math.Min(3, panels.Count);
        var rows = (panels.Count + columns - 1) / columns;
        var multiplot = new Multiplot(panels[0]); // the constructor's plot is the first panel
        foreach (var p in panels.Skip(1)) multiplot.AddPlot(p);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(rows, columns);
        multiplot.SavePng(path, columns * PanelSize, rows * PanelSize);
    }

    /// <summary>One panel: grey edges, nodes filled with their colour; nodes whose colour is not their class's circled
    /// in red, labelled (training) nodes drawn as squares, node numbers on small graphs.</summary>
    private static Plot Panel(Graph graph, double[] x, double[] y, int[] colours, int[]? truth, int[] labelled, string title)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        foreach (var e in graph.Edges)
        {
            var line = plot.Add.Line(x[e.U], y[e.U], x[e.V], y[e.V]);
            line.Color = Colors.Gray.WithAlpha(graph.NodeCount > 60 ? 0.25 : 0.5);
            line.LineWidth = 1;
        }
        var size = graph.NodeCount > 100 ? 6 : graph.NodeCount > 40 ? 9 : 13;
        var training = labelled.ToHashSet();
        foreach (var colour in colours.Distinct().Order())
        {
            var members = Enumerable.Range(0, graph.NodeCount).Where(i => colours[i] == colour).ToArray();
            var round = members.Where(i => !training.Contains(i)).ToArray();
            var square = members.Where(training.Contains).ToArray();
            if (round.Length > 0) plot.Add.Markers(round.Select(i => x[i]).ToArray(), round.Select(i => y[i]).ToArray(), MarkerShape.FilledCircle, size, palette.GetColor(colour));
            if (square.Length > 0) plot.Add.Markers(square.Select(i => x[i]).ToArray(), square.Select(i => y[i]).ToArray(), MarkerShape.FilledSquare, size + 4, palette.GetColor(colour));
        }
        if (truth is not null && !ReferenceEquals(truth, colours))
        {
            var wrong = Enumerable.Range(0, graph.NodeCount).Where(i => colours[i] != truth[i]).ToArray();
            if (wrong.Length > 0)
                plot.Add.Markers(wrong.Select(i => x[i]).ToArray(), wrong.Select(i => y[i]).ToArray(), MarkerShape.OpenCircle, size + 10, Colors.Red);
        }
        if (graph.NodeCount <= 40)
        {
            for (var i = 0; i < graph.NodeCount; i++)
            {
                var text = plot.Add.Text(i.ToString(CultureInfo.InvariantCulture), x[i], y[i]);
                text.LabelFontSize = 9;
                text.LabelFontColor = Colors.White;
                text.LabelAlignment = Alignment.MiddleCenter;
            }
        }
        plot.Title(title, size: 12);
        // Hide the axes but keep the title, which lives on the top axis' panel.
        plot.HideGrid();
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Frame(false);
        plot.Axes.SetLimits(-1.12, 1.12, -1.12, 1.12);
        return plot;
    }

    /// <summary>Renames found communities to the classes they overlap most (greedily, largest overlap first), so that a
    /// community's colour is its class's; communities left over get colours after the classes'.</summary>
    internal static int[] MatchToClasses(int[] truth, int[] found)
    {
        var overlaps = found.Zip(truth).GroupBy(p => p).Select(g => (Found: g.Key.First, Class: g.Key.Second, Count: g.Count()))
            .OrderByDescending(o => o.Count).ThenBy(o => o.Found).ThenBy(o => o.Class);
        var map = new Dictionary<int, int>();
        var taken = new HashSet<int>();
        foreach (var (f, c, _) in overlaps)
        {
            if (map.ContainsKey(f) || taken.Contains(c)) continue;
            map[f] = c;
            taken.Add(c);
        }
        var next = truth.Max() + 1;
        foreach (var f in found.Distinct().Order())
            if (!map.ContainsKey(f)) map[f] = next++;
        return [.. found.Select(f => map[f])];
    }

    private static string ColorName(int index) => index switch
    {
        0 => "blue",
        1 => "orange",
        2 => "green",
        3 => "red",
        4 => "purple",
        _ => $"colour {index + 1}",
    };
}
