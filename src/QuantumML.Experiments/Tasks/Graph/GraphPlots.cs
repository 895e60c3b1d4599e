using System.Globalization;
using QuantumML.Experiments.Results;
using QuantumML.Experiments.Tasks.Classification;
using QuantumML.Graphs;
using QuantumML.Statistics;
using ScottPlot;

namespace QuantumML.Experiments.Tasks.Graph;

/// <summary>The line plots of a graph report: the GCN's training curves, the spectra, and scores against a swept ratio.</summary>
internal static class GraphPlots
{
    /// <summary>Loss (left) and accuracy on the labelled and on the held-out nodes (right) per epoch of every GCN job of
    /// one graph: mean over seeds, band min–max.</summary>
    public static void GcnCurves(string instance, IReadOnlyList<IGrouping<string, RunRecord>> jobs, string path)
    {
        var loss = new Plot();
        var accuracy = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var j = 0; j < jobs.Count; j++)
        {
            var runs = jobs[j].Where(r => r.Epochs.Count > 0).ToList();
            if (runs.Count == 0) continue;
            var n = runs.Min(r => r.Epochs.Count);
            var xs = Enumerable.Range(1, n).Select(e => (double)e).ToArray();
            var colour = palette.GetColor(j);
            var name = runs[0].Group ?? jobs[j].Key;
            Band(loss, xs, runs, e => e.Loss, colour, $"{name}: training loss", LinePattern.Solid);
            Band(accuracy, xs, runs, e => e.TestAccuracy, colour, $"{name}: held-out nodes", LinePattern.Solid);
            Band(accuracy, xs, runs, e => e.TrainAccuracy, colour, $"{name}: labelled nodes", LinePattern.Dashed);
        }
        loss.Title($"GCN on {instance}: loss per epoch (mean over seeds; band min–max)", size: 13);
        loss.XLabel("epoch");
        loss.YLabel("cross-entropy + L2");
        loss.ShowLegend(Alignment.UpperRight);
        accuracy.Title($"GCN on {instance}: accuracy per epoch", size: 13);
        accuracy.XLabel("epoch");
        accuracy.YLabel("accuracy");
        accuracy.Axes.SetLimitsY(0, 1.05);
        accuracy.ShowLegend(Alignment.LowerRight);
        var multiplot = new Multiplot(loss);
        multiplot.AddPlot(accuracy);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Grid(1, 2);
        multiplot.SavePng(path, 2 * ReportPlots.Width * 3 / 4, ReportPlots.Height);
    }

    private static void Band(Plot plot, double[] xs, List<RunRecord> runs, Func<Models.EpochRecord, double> value, Color colour, string legend, LinePattern pattern)
    {
        var mean = xs.Select((_, e) => runs.Average(r => value(r.Epochs[e]))).ToArray();
        if (mean.All(double.IsNaN)) return;
        if (runs.Count > 1)
        {
            var band = plot.Add.FillY(xs, [.. xs.Select((_, e) => runs.Min(r => value(r.Epochs[e])))], [.. xs.Select((_, e) => runs.Max(r => value(r.Epochs[e])))]);
            band.FillColor = colour.WithAlpha(0.15);
            band.LineWidth = 0;
        }
        var line = plot.Add.Scatter(xs, mean);
        line.Color = colour;
        line.MarkerSize = 0;
        line.LineWidth = 2;
        line.LinePattern = pattern;
        line.LegendText = legend;
    }

    /// <summary>The smallest eigenvalues of each graph's normalized Laplacian (first seed), one line per graph (at most 8).</summary>
    public static void Spectra(IReadOnlyList<RunRecord> spectral, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var g = 0; g < spectral.Count && g < 8; g++)
        {
            var run = spectral[g];
            var values = Enumerable.Range(0, 10).Select(i => run.Metrics.TryGetValue(GraphMetrics.EigenvaluePrefix + i.ToString(CultureInfo.InvariantCulture), out var v) ? v : double.NaN).TakeWhile(v => !double.IsNaN(v)).ToArray();
            var line = plot.Add.Scatter(Enumerable.Range(1, values.Length).Select(i => (double)i).ToArray(), values);
            line.Color = palette.GetColor(g);
            line.MarkerSize = 7;
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"{run.Instance} (eigen-gap {run.Metrics[GraphMetrics.EigenGap]:0.000})");
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Title("Smallest eigenvalues of the normalized Laplacian (first seed)");
        plot.XLabel("index i (λ₁ ≤ λ₂ ≤ …)");
        plot.YLabel("λᵢ");
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, ReportPlots.Width, ReportPlots.Height);
    }

    /// <summary>Mean ARI with 95% interval against p_in/p_out, one line per method, with the detectability threshold for
    /// two equal blocks when the graphs have them.</summary>
    public static void Sweep(ExperimentResult result, string path)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var methods = result.Runs.Where(r => r.Metrics.ContainsKey(GraphMetrics.Ratio) && r.Metrics.ContainsKey(GraphMetrics.Ari)).GroupBy(r => r.Group ?? r.Model).ToList();
        for (var m = 0; m < methods.Count; m++)
        {
            var points = methods[m].GroupBy(r => r.Metrics[GraphMetrics.Ratio]).OrderBy(g => g.Key).ToList();
            var xs = points.Select(p => Math.Log2(p.Key) + 0.015 * (m - methods.Count / 2.0)).ToArray(); // a small offset keeps the whiskers apart
            var summaries = points.Select(p => SampleSummary.Of([.. p.Select(r => r.Metrics[GraphMetrics.Ari])])).ToArray();
            var line = plot.Add.Scatter(xs, [.. summaries.Select(s => s.Mean)]);
            line.Color = palette.GetColor(m);
            line.MarkerSize = 7;
            line.LegendText = methods[m].Key;
            var whiskers = plot.Add.ErrorBar(xs, [.. summaries.Select(s => s.Mean)], [.. summaries.Select(s => double.IsNaN(s.Upper) ? 0 : s.Upper - s.Mean)]);
            whiskers.Color = palette.GetColor(m);
        }
        var first = result.Runs.FirstOrDefault(r => r.Communities?.Graph is not null && r.Metrics.ContainsKey(GraphMetrics.MeanDegree));
        if (first?.Communities?.Graph is { Labels: { } labels } && labels.Distinct().Count() == 2 && labels.Count(l => l == 0) * 2 == labels.Length)
        {
            var threshold = StochasticBlockModel.DetectabilityRatio(first.Metrics[GraphMetrics.MeanDegree]);
            if (double.IsFinite(threshold))
            {
                var line = plot.Add.VerticalLine(Math.Log2(threshold), 1.5f, Colors.Gray, LinePattern.Dashed);
                line.LegendText = string.Create(CultureInfo.InvariantCulture, $"detectability threshold {threshold:0.##} (n → ∞)");
            }
        }
        var ratios = methods.SelectMany(m => m.Select(r => r.Metrics[GraphMetrics.Ratio])).Distinct().Order().ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ratios.Select(Math.Log2)], [.. ratios.Select(r => r.ToString("0.##", CultureInfo.InvariantCulture))]);
        plot.Title("Agreement with the planted blocks against p_in / p_out (mean over seeds, 95% interval)");
        plot.XLabel("p_in / p_out (log scale), mean degree fixed");
        plot.YLabel("adjusted Rand index");
        plot.Axes.SetLimitsY(-0.1, 1.05);
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, ReportPlots.Width, ReportPlots.Height);
    }
}
