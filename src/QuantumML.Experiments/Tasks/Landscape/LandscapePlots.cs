using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Landscape;
using ScottPlot;

namespace QuantumML.Experiments.Tasks.Landscape;

/// <summary>The figures of a landscape report.</summary>
internal static class LandscapePlots
{
    /// <summary>log₁₀ Var[∂C/∂θ] against qubits, one panel per layer count, one line per (ansatz, cost): a colour per ansatz,
    /// dashed for the global cost and solid for the local one; a cost that is constant on an ansatz has no line.</summary>
    public static void GradientVariance(IReadOnlyList<GradientSeries> series, string path)
    {
        var layers = series.Select(s => s.Layers).Distinct().Order().ToList();
        var ansatzes = series.Select(s => s.Ansatz).Distinct().ToList();
        var palette = new ScottPlot.Palettes.Category10();
        var panels = new List<Plot>();
        foreach (var l in layers)
        {
            var plot = new Plot();
            foreach (var s in series.Where(s => s.Layers == l && !s.Vanishes))
            {
                var points = s.Points.Where(p => p.Mean > 0).ToList();
                if (points.Count == 0) continue;
                var line = plot.Add.Scatter(points.Select(p => (double)p.Qubits).ToArray(), points.Select(p => Math.Log10(p.Mean)).ToArray());
                line.Color = palette.GetColor(ansatzes.IndexOf(s.Ansatz));
                line.LinePattern = s.Cost == CostKind.Global ? LinePattern.Dashed : LinePattern.Solid;
                line.LineWidth = 2;
                line.MarkerSize = 6;
                line.LegendText = $"{s.Ansatz}, {LandscapeMetrics.Key(s.Cost)}";
            }
            plot.Title($"{l} layer{(l == 1 ? "" : "s")}: Var[∂C/∂θ], mean over parameters and seeds", size: 13);
            plot.XLabel("qubits n");
            plot.YLabel("Var[∂C/∂θ]");
            ReportPlots.LogTicksLeft(plot);
            plot.ShowLegend(Alignment.LowerLeft);
            panels.Add(plot);
        }
        Save(panels, path);
    }

    /// <summary>Expressibility (log scale) and Meyer-Wallach Q against layers, one line per (ansatz, qubits), with the Haar
    /// value of Q per qubit count as a dotted line.</summary>
    public static void Expressibility(IReadOnlyList<ExpressibilityRow> rows, string path)
    {
        var kl = new Plot();
        var q = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var lines = rows.GroupBy(r => (r.Ansatz, r.Qubits)).ToList();
        var sizes = rows.Select(r => r.Qubits).Distinct().Order().ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var points = lines[i].OrderBy(r => r.Layers).ToList();
            var xs = points.Select(r => (double)r.Layers).ToArray();
            var label = sizes.Count > 1 ? $"{lines[i].Key.Ansatz}, {lines[i].Key.Qubits} qubits" : lines[i].Key.Ansatz;
            var a = kl.Add.Scatter(xs, points.Select(r => Math.Log10(Math.Max(1e-6, r.Expressibility))).ToArray());
            a.Color = palette.GetColor(i);
            a.LegendText = label;
            a.LineWidth = 2;
            var b = q.Add.Scatter(xs, points.Select(r => r.EntanglingCapability).ToArray());
            b.Color = palette.GetColor(i);
            b.LegendText = label;
            b.LineWidth = 2;
        }
        foreach (var n in sizes)
        {
            var haar = q.Add.HorizontalLine((Math.Pow(2, n) - 2) / (Math.Pow(2, n) + 1));
            haar.LinePattern = LinePattern.Dotted;
            haar.Color = Colors.Gray;
            haar.LegendText = $"Haar, {n} qubits";
        }
        kl.Title($"Expressibility: D_KL from Haar (lower is more expressive){(sizes.Count == 1 ? $", {sizes[0]} qubits" : "")}", size: 13);
        kl.XLabel("layers");
        kl.YLabel("D_KL (mean over seeds)");
        ReportPlots.LogTicksLeft(kl);
        kl.ShowLegend(Alignment.UpperRight);
        q.Title("Entangling capability: mean Meyer-Wallach Q", size: 13);
        q.XLabel("layers");
        q.YLabel("Q (mean over seeds)");
        q.Axes.SetLimitsY(0, 1.05);
        q.ShowLegend(Alignment.LowerRight);
        Save([kl, q], path);
    }

    /// <summary>The loss on the plane of a training path as a heat map, the path on top from its start (circle) to the
    /// trained parameters (star, the origin).</summary>
    public static void LossLandscape(Results.RunRecord run, string path)
    {
        var grid = run.LossGrid ?? throw new ArgumentException($"{run.Model} has no loss grid.", nameof(run));
        var rows = grid.Betas.Length;
        var columns = grid.Alphas.Length;
        var data = new double[rows, columns];
        for (var b = 0; b < rows; b++)
            for (var a = 0; a < columns; a++) data[rows - 1 - b, a] = grid.Loss[b][a]; // heat-map rows run top to bottom
        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(data);
        // Cell centres at the grid coordinates: the extent reaches half a cell beyond the first and last.
        var (da, db) = ((grid.Alphas[^1] - grid.Alphas[0]) / (columns - 1), (grid.Betas[^1] - grid.Betas[0]) / (rows - 1));
        heatmap.Extent = new CoordinateRect(grid.Alphas[0] - da / 2, grid.Alphas[^1] + da / 2, grid.Betas[0] - db / 2, grid.Betas[^1] + db / 2);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        plot.Add.ColorBar(heatmap).Label = "cost";
        var line = plot.Add.Scatter(grid.PathAlpha, grid.PathBeta);
        line.Color = Colors.White;
        line.MarkerSize = 3;
        line.LineWidth = 1.5f;
        var start = plot.Add.Marker(grid.PathAlpha[0], grid.PathBeta[0], MarkerShape.OpenCircle, 12);
        start.Color = Colors.White;
        var end = plot.Add.Marker(grid.PathAlpha[^1], grid.PathBeta[^1], MarkerShape.FilledDiamond, 12);
        end.Color = Colors.OrangeRed;
        plot.Title(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{run.Group}: cost on the plane of its training path (seed {run.Seed}; explained {grid.ExplainedVariance.Take(2).Sum():0.00})"), size: 13);
        plot.XLabel("first principal direction");
        plot.YLabel("second principal direction");
        plot.Axes.SetLimits(heatmap.Extent.Value.Left, heatmap.Extent.Value.Right, heatmap.Extent.Value.Bottom, heatmap.Extent.Value.Top);
        plot.SavePng(path, 700, 560);
    }

    private static void Save(List<Plot> panels, string path)
    {
        if (panels.Count == 1)
        {
            panels[0].SavePng(path, ReportPlots.Width, ReportPlots.Height);
            return;
        }
        var columns = Math.Min(3, panels.Count);
        var rows = (panels.Count + columns - 1) / columns;
        var multiplot = new Multiplot(panels[0]);
        foreach (var p in panels.Skip(1)) multiplot.AddPlot(p);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(rows, columns);
        multiplot.SavePng(path, columns * ReportPlots.Width * 2 / 3, rows * ReportPlots.Height);
    }
}
