using System.Globalization;
using System.Text;
using QuantumML.Experiments.Results;
using QuantumML.Statistics;
using ScottPlot;

namespace QuantumML.Experiments.Tasks.Classification;

/// <summary>Noise studies in a report: a metric against the noise level, mean over seeds with a 95% band.</summary>
public static class NoisePlot
{
    /// <summary>The (model, noise kind, level → values over seeds) series found under metric keys <c>PREFIX kind=level</c>.</summary>
    public static IReadOnlyList<(string Model, string Kind, IReadOnlyList<(double Level, double[] Values)> Points)> Series(ExperimentResult result, string prefix) =>
        result.Runs.GroupBy(r => r.Group ?? r.Model).Select(g =>
        {
            var keys = g.SelectMany(r => r.Metrics.Keys).Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Distinct().ToList();
            var points = keys.Select(k => (Level: double.Parse(k[(k.IndexOf('=', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture),
                    Values: g.Where(r => r.Metrics.ContainsKey(k)).Select(r => r.Metrics[k]).ToArray()))
                .OrderBy(p => p.Level).ToList();
            var kind = keys.Count == 0 ? "" : keys[0][prefix.Length..keys[0].IndexOf('=', StringComparison.Ordinal)];
            return (g.Key, kind, (IReadOnlyList<(double, double[])>)points);
        }).Where(s => s.Item3.Count > 0).ToList();

    /// <summary>Draws the series; returns false when there are none.</summary>
    public static bool Draw(ExperimentResult result, string prefix, string yLabel, string path)
    {
        var series = Series(result, prefix);
        if (series.Count == 0) return false;
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < series.Count; i++)
        {
            var (model, kind, points) = series[i];
            var xs = points.Select(p => p.Level).ToArray();
            var summaries = points.Select(p => AccuracyInterval.OfValues(p.Values)).ToArray();
            var color = palette.GetColor(i);
            if (summaries.All(s => s.Count > 1))
            {
                var band = plot.Add.FillY(xs, summaries.Select(s => s.Lower).ToArray(), summaries.Select(s => s.Upper).ToArray());
                band.FillColor = color.WithAlpha(0.2);
                band.LineWidth = 0;
            }
            var line = plot.Add.Scatter(xs, summaries.Select(s => s.Estimate).ToArray());
            line.Color = color;
            line.MarkerSize = 7;
            line.LegendText = $"{model} ({kind.Replace('_', ' ')})";
        }
        plot.Title($"{yLabel} against noise (mean over seeds; band: 95% seed bootstrap)");
        plot.XLabel("noise probability per gate");
        plot.YLabel(yLabel);
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, ReportPlots.Width, ReportPlots.Height);
        return true;
    }

    /// <summary>A Markdown table of the series: one row per model and level.</summary>
    public static string Table(ExperimentResult result, string prefix, string metric)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| model | noise | level | {metric} | 95% seed bootstrap |");
        sb.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var (model, kind, points) in Series(result, prefix))
        {
            foreach (var (level, values) in points)
            {
                var s = SampleSummary.Of(values);
                var interval = AccuracyInterval.OfValues(values);
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {model} | {kind} | {level:0.#####} | {s.Mean:0.000} ± {s.StandardDeviation:0.000} | [{interval.Lower:0.000}, {interval.Upper:0.000}] |");
            }
        }
        return sb.ToString();
    }
}
